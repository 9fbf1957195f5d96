/**
 * The tasks registry's figures (RegistryCounter): tasks.total, tasks.completed, tasks.completed_on_time and
 * tasks.overdue, stocks owned by the lead unit, as the tasks stand on the period's last day — or today, for the
 * period still running (a task due next week is not overdue yet; the daily sweep refreshes the figures as days
 * pass). Records: the tasks a figure counts, with their state on that day.
 */
import type { Kysely } from 'kysely';
import { todayIsoDate } from '../../domain/dates.ts';
import type { Period } from '../../domain/periods.ts';
import type { RegistryMeasure } from '../../domain/registry-measures.ts';
import { countedTaskRows, countTasksByLead, earliestTaskStart, type TaskCountMeasure } from '../../store/tasks/counts.ts';
import type { Database } from '../../store/schema.ts';
import type { RegistryCounter, RegistryRecord } from '../registries/registry-counter.ts';

const MEASURES: Partial<Record<RegistryMeasure, TaskCountMeasure>> = {
  'tasks.total': 'total',
  'tasks.completed': 'completed',
  'tasks.completed_on_time': 'completed_on_time',
  'tasks.overdue': 'overdue',
};

function measureOf(measure: RegistryMeasure): TaskCountMeasure {
  const m = MEASURES[measure];
  if (!m) throw new Error(`not a tasks measure: ${measure}`);
  return m;
}

/** The day a stock is read on: the period's end, or today while the period runs. */
export function asOfDay(period: Pick<Period, 'end'>, today: string = todayIsoDate()): string {
  return period.end < today ? period.end : today;
}

function stateOn(row: { state: string; completedOn: string | null; deadline: string }, asOf: string): string {
  if (row.state === 'completed' && row.completedOn !== null && row.completedOn <= asOf) return 'completed';
  return row.deadline < asOf ? 'overdue' : row.state === 'completed' ? 'in_progress' : row.state;
}

export const tasksCounter: RegistryCounter = {
  registry: 'tasks',
  count(db: Kysely<Database>, measure, period, unitCodes) {
    return countTasksByLead(db, measureOf(measure), asOfDay(period), unitCodes);
  },
  async records(db, measure, period, unitCodes, page) {
    const asOf = asOfDay(period);
    const { total, rows } = await countedTaskRows(db, measureOf(measure), asOf, unitCodes, page);
    const out: RegistryRecord[] = rows.map((r) => ({
      id: String(r.id),
      title: r.title,
      unit: r.leadUnitCode,
      state: stateOn(r, asOf),
      date: r.completedOn && r.completedOn <= asOf ? r.completedOn : r.deadline,
      counts: 1,
      simulated: r.simulated === 1,
    }));
    return { total, rows: out };
  },
  earliestDate: (db) => earliestTaskStart(db),
};

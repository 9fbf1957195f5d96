/**
 * The daily sweep (run by housekeeping, so at the server's start and every hour; idempotent per user, task, kind
 * and day through the notifications' dedupe key): notifies the users of each open task's units when it is due in
 * N days or fewer, or overdue; and refreshes the tasks' derived figures (a task becomes overdue as days pass,
 * without any command). Returns how many notifications were new.
 */
import { todayIsoDate } from '../../domain/dates.ts';
import { daysBetween, DUE_SOON_DAYS, taskDueSoon, taskOverdue, type TaskState } from '../../domain/tasks.ts';
import type { Store } from '../../store/db.ts';
import { listTaskRows, readTaskParts } from '../../store/tasks/repo.ts';
import { inRetryingTransaction } from '../../store/transaction.ts';
import { refreshDerivedValues } from '../registries/derived-values.ts';
import { UnitResolver } from '../follow-ups/units.ts';
import { resolveTaskUnits } from '../tasks/access.ts';
import { tasksCounter } from '../tasks/counter.ts';
import { notifyTask } from './notify.ts';
import { loadRecipients, unitRecipients } from './recipients.ts';

export async function sweepTaskNotifications(store: Store, now: Date = new Date(), days: number = DUE_SOON_DAYS): Promise<number> {
  const today = todayIsoDate(now);
  const at = now.toISOString();
  return inRetryingTransaction(store.db, async (trx) => {
    const rows = await listTaskRows(trx, { open: true });
    if (rows.length === 0) return 0;
    const parts = await readTaskParts(
      trx,
      rows.map((r) => r.id),
      false,
    );
    const recipients = await loadRecipients(trx);
    const units = new UnitResolver(trx);
    let created = 0;
    for (const t of rows) {
      const dates = { state: t.state as TaskState, deadline: t.deadline, completedOn: t.completedOn };
      const kind = taskOverdue(dates, today) ? 'task_overdue' : taskDueSoon(dates, today, days) ? 'task_due_soon' : null;
      if (!kind) continue;
      const resolved = await resolveTaskUnits(units, t, parts.units.get(t.id) ?? [], today);
      const to = unitRecipients(recipients, [resolved.lead, ...resolved.coordinating]);
      created += await notifyTask(trx, to, kind, t, { today, at }, { days: Math.abs(daysBetween(today, t.deadline)) });
    }
    await refreshDerivedValues(trx, tasksCounter, { unitCodes: null, from: `${today.slice(0, 4)}-01-01`, now });
    return created;
  });
}

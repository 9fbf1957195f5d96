/**
 * The feedback counter (app/registries/registry-counter.ts), all flows at the responsible unit: feedback.received
 * (filed within the period; never those awaiting moderation or removed), handled (closed with an answer within
 * it), handled_on_time (by the category's deadline), ratings, rating_sum and satisfied (4–5 points) of the
 * reports handled within it. Filter: `category`.
 */
import { categoryOf } from '../../domain/feedback.ts';
import type { Period } from '../../domain/periods.ts';
import type { DerivationFilter, RegistryMeasure } from '../../domain/registry-measures.ts';
import { countFeedbackByUnit, earliestFeedbackDate, pageOfFeedback, type FeedbackSelection } from '../../store/feedback/repo.ts';
import type { RegistryCounter, RegistryRecord } from '../registries/registry-counter.ts';

export function feedbackSelection(measure: RegistryMeasure, period: Period, units: readonly string[] | null, filter: DerivationFilter = {}): FeedbackSelection {
  if (!measure.startsWith('feedback.')) throw new Error(`not a feedback measure: ${measure}`);
  const m = measure.slice('feedback.'.length);
  const s: FeedbackSelection = { dateOf: m === 'received' ? 'filed' : 'handled', from: period.start, to: period.end, units };
  if (filter.category) s.category = filter.category;
  if (m === 'handled_on_time') s.onTime = true;
  if (m === 'ratings' || m === 'rating_sum') s.rated = true;
  if (m === 'satisfied') s.minRating = 4;
  return s;
}

export const feedbackCounter: RegistryCounter = {
  registry: 'feedback',

  count(db, measure, period, unitCodes, filter) {
    return countFeedbackByUnit(db, feedbackSelection(measure, period, unitCodes, filter), measure === 'feedback.rating_sum');
  },

  async records(db, measure, period, unitCodes, page, filter) {
    const selection = feedbackSelection(measure, period, unitCodes, filter);
    const { total, rows } = await pageOfFeedback(db, selection, page, selection.dateOf === 'handled' ? 'handled' : 'filed');
    const out: RegistryRecord[] = rows.map((r) => ({
      id: String(r.id),
      title: `#${r.id} · ${categoryOf(r.category)?.name ?? r.category} · ${r.description.slice(0, 80)}`,
      unit: r.unit,
      state: r.state,
      date: selection.dateOf === 'handled' ? r.handledOn : r.filedOn,
      counts: measure === 'feedback.rating_sum' ? (r.rating ?? 0) : 1,
      simulated: r.simulated === 1,
    }));
    return { total, rows: out };
  },

  earliestDate(db) {
    return earliestFeedbackDate(db);
  },
};

/**
 * What a write did to one (element, unit, period): the numeric value before and after (null = absent).
 * The compute engine applies these as deltas to every affected aggregate in the same transaction.
 */
export interface ValueChange {
  elementId: number;
  unitId: number;
  period: string;
  before: number | null;
  after: number | null;
}

/**
 * What a programme registry (tasks, DX products, community tech teams) gives the derived values and their
 * drill-down: its figures per unit and period, and the records behind a figure. Each registry implements one in
 * its own module (app/<registry>/counter.ts); `registry-counters.ts` lists them. A counter reads the store only.
 */
import type { Kysely } from 'kysely';
import type { Period } from '../../domain/periods.ts';
import type { DerivationFilter, RegistryMeasure, RegistryName } from '../../domain/registry-measures.ts';
import type { Database } from '../../store/schema.ts';

/** One record behind a figure, as the drill-down lists it (never personal data: a team, not its members). */
export interface RegistryRecord {
  /** The record's id in its registry (the drill-down links to it). */
  id: string;
  title: string;
  /** The code of the unit that owns it. */
  unit: string;
  /** Its state in its registry's words (a code: 'completed', 'registered'…). */
  state: string;
  /** The date that places it in the period (registered, completed, established, held…), 'YYYY-MM-DD'. */
  date: string | null;
  /** What it adds to the figure (1 for a record counted once; a team's members, an activity's people supported). */
  counts: number;
  /** Invented for the demo (mô phỏng), shown as such. */
  simulated: boolean;
}

export interface RegistryCounter {
  registry: RegistryName;
  /**
   * The figure of a measure at each unit over a period: the records each unit itself owns (never its
   * descendants': the roll-up adds those), as they stand on the period's last day (stock) or within it (flow).
   * `unitCodes` null: every unit with a record; else only these (absent from the answer = 0). `filter`: the
   * derivation's filter (registry-measures.ts DERIVATION_FILTERS; absent or empty: every record).
   */
  count(
    db: Kysely<Database>,
    measure: RegistryMeasure,
    period: Period,
    unitCodes: readonly string[] | null,
    filter?: DerivationFilter,
  ): Promise<Map<string, number>>;
  /** The records behind a figure: those `count` counts for the measure, filter and period, owned by these units, in a stable order. */
  records(
    db: Kysely<Database>,
    measure: RegistryMeasure,
    period: Period,
    unitCodes: readonly string[],
    page: { limit: number; offset: number },
    filter?: DerivationFilter,
  ): Promise<{ total: number; rows: RegistryRecord[] }>;
  /** The earliest date a record of the registry concerns (its first period), or null when the registry is empty. */
  earliestDate(db: Kysely<Database>): Promise<string | null>;
}

import type { Store } from '../../store/db.ts';

export interface DemoReport {
  alreadyPresent: boolean;
  lines: string[];
}

/** Builds the demo database from the seed articles when it is not there yet (idempotent). */
export async function ensureDemoData(_store: Store, _log: (line: string) => void = () => {}): Promise<DemoReport> {
  throw new Error('demo: not implemented yet');
}

import type { Store } from '../store/db.ts';

/** What route plugins get as options: the store, and today's date (a function, so tests can fix the clock). */
export interface RouteDeps {
  store: Store;
  today: () => string;
}

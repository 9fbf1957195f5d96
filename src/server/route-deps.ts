import type { Store } from '../store/db.ts';

/** What route plugins get as options: the store, and today's date (a function, so tests can fix the clock). */
export interface RouteDeps {
  store: Store;
  today: () => string;
  /** The current instant (sessions, login rate limit); default `new Date()`. Tests pass a fixed clock. */
  now?: () => Date;
}

/** The health of the install: answers only after the database has answered a trivial query (503 DB_UNAVAILABLE otherwise). */
import { appError } from '../domain/errors.ts';
import type { Store } from '../store/db.ts';
import { pingStore } from '../store/ping.ts';
import { VERSION } from '../version.ts';

export async function checkHealth(store: Store, onDown: (error: unknown) => void): Promise<{ status: 'ok'; db: Store['dialect']; version: string }> {
  try {
    await pingStore(store);
  } catch (error) {
    onDown(error);
    throw appError('DB_UNAVAILABLE');
  }
  return { status: 'ok', db: store.dialect, version: VERSION };
}

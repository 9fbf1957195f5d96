/**
 * vitest global setup: empties test-results/screenshots once per run, so the folder holds this run's screenshots
 * only, from every browser test file (a file clearing it itself would delete the others').
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export default function setup(): void {
  const dir = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
}

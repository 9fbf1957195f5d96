/**
 * vitest global setup: a directory for this run's demo templates (demo-template.ts). The first test file that needs
 * a demo database seeds it once per dialect there; every other one copies it (SQLite) or clones it (PostgreSQL
 * CREATE DATABASE … TEMPLATE), instead of seeding the demo again for 15–30 s. Removed when the run ends.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    demoCacheDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'dx-ioc-demo-cache-'));
  project.provide('demoCacheDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}

import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'web/src/**/*.test.ts'],
    globalSetup: ['test/helpers/postgres-cluster.ts', 'test/helpers/clear-screenshots.ts', 'test/helpers/demo-cache.ts'],
    // Generous: a test asserts what it computes, never its speed (benchmarks measure that), and CI machines run the
    // suite up to twice as slow as a quiet one (the whole demo from scratch on PostgreSQL: 30 s here, 60 s and more there).
    testTimeout: 180_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // At least two test files at once, even on two cores (vitest's default there is one): much of a file's time is
    // spent waiting on PostgreSQL, Chromium or a child process (a whole run here: 1419 s with one, 1162 s with two).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    minWorkers: 1,
  },
});

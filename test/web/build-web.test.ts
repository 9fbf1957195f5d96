import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STAMP, webBuildNeeded } from '../../bin/build-web.js';

/** The staleness check `npm start` runs before serving (the build itself is exercised by the browser tests). */
describe('bin/build-web.js: when web/dist must be built', () => {
  const root = mkdtempSync(join(tmpdir(), 'dx-ioc-build-web-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const at = (path: string, seconds: number) => utimesSync(join(root, path), seconds, seconds);
  const T = 1_700_000_000; // a fixed instant (s): the check compares file times, never the clock

  it('builds when there is no build, or no stamp saying when it was made', () => {
    mkdirSync(join(root, 'web/src/lib'), { recursive: true });
    writeFileSync(join(root, 'web/index.html'), '<!doctype html>');
    writeFileSync(join(root, 'web/src/lib/format.ts'), 'export {}');
    expect(webBuildNeeded(root)).toBe('missing');
    mkdirSync(join(root, 'web/dist'));
    writeFileSync(join(root, 'web/dist/index.html'), '<!doctype html>');
    expect(webBuildNeeded(root)).toBe('missing');
    writeFileSync(join(root, STAMP), 'not json');
    expect(webBuildNeeded(root)).toBe('missing');
  });

  it('is up to date when no source changed after the build started, and stale as soon as one did', () => {
    at('web/index.html', T - 100);
    at('web/src/lib/format.ts', T - 50);
    writeFileSync(join(root, STAMP), JSON.stringify({ startedAt: T * 1000 }));
    expect(webBuildNeeded(root)).toBeNull();
    at('web/src/lib/format.ts', T + 1); // edited while or after the build ran
    expect(webBuildNeeded(root)).toBe('stale');
    at('web/src/lib/format.ts', T - 50);
    mkdirSync(join(root, 'web/src/features/new'), { recursive: true });
    writeFileSync(join(root, 'web/src/features/new/x.tsx'), 'export {}'); // a new file, deep in the tree
    at('web/src/features/new/x.tsx', T + 60);
    expect(webBuildNeeded(root)).toBe('stale');
    at('web/src/features/new/x.tsx', T - 1);
    writeFileSync(join(root, 'package-lock.json'), '{}'); // dependencies changed
    at('package-lock.json', T + 5);
    expect(webBuildNeeded(root)).toBe('stale');
  });
});

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

/**
 * The committed package-lock.json must be complete for every platform: a lockfile written on one machine can
 * miss the other platforms' optional builds (esbuild, rollup, DuckDB bindings), and then `npm install` on
 * another platform rewrites it and `npm ci` refuses it. Every optional dependency a locked package declares
 * must be locked itself.
 */
interface LockedPackage {
  version?: string;
  optionalDependencies?: Record<string, string>;
}
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { lockfileVersion: number; packages: Record<string, LockedPackage> };
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };

/** Where npm would resolve `name` from the package at `path`: its own node_modules, then each parent's. */
function resolveFrom(path: string, name: string): string | undefined {
  let base = path;
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (!base) return undefined;
    const cut = base.lastIndexOf('node_modules/');
    base = cut <= 0 ? '' : base.slice(0, cut - 1);
  }
}

describe('package-lock.json', () => {
  it('is a version 3 lockfile whose root matches package.json', () => {
    expect(lock.lockfileVersion).toBe(3);
    const root = lock.packages[''] as LockedPackage & { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
    expect(root.dependencies).toEqual(manifest.dependencies);
    expect(root.devDependencies).toEqual(manifest.devDependencies);
  });

  it('locks every optional dependency of every locked package, for every platform', () => {
    const missing: string[] = [];
    let optional = 0;
    for (const [path, pkg] of Object.entries(lock.packages)) {
      for (const name of Object.keys(pkg.optionalDependencies ?? {})) {
        optional += 1;
        if (!resolveFrom(path, name)) missing.push(`${path || '(root)'} → ${name}`);
      }
    }
    expect(optional).toBeGreaterThan(50); // esbuild alone declares 26
    expect(missing).toEqual([]);
  });
});

/**
 * `npm run bench:web`: the web app's budgets on the demo data, on SQLite (issue 10):
 * - first-load JavaScript and CSS, gzipped (what index.html loads): budget 500 kB;
 * - time to the overview's first meaningful render in headless Chromium (from navigation to the figure shown,
 *   signed in, cache cold each time), median of 7: budget 2 s;
 * - the overview's API calls under 200 concurrent viewers against a local server (`dx-ioc serve` in its own
 *   process, as in production; the viewers run in this one): each viewer opens the overview (arriving spread over
 *   the first 5 s), making the screen's requests six at a time as a browser does, then keeps it open — polling
 *   GET /changes every 1.5 s and refetching its figures when the token moved, as the app does — while an admin
 *   writes a value every 5 s (so kept answers are dropped and recomputed under load); 20 s in all: p50/p95 per
 *   call and errors: budget p95 ≤ 50 ms.
 * Prints a table and writes bench/results/<date>-web.json. Not a test: run it alone, on a quiet machine.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { gzipSync } from 'node:zlib';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureWebBuilt } from '../bin/build-web.js';
import { openStore } from '../src/store/db.ts';
import { migrateToLatest } from '../src/store/migrate.ts';
import { ensureDemoData } from '../src/app/demo/index.ts';
import { todayIsoDate } from '../src/domain/dates.ts';

const ROOT = join(import.meta.dirname, '..');
const BUDGET = { firstLoadKb: 500, renderMs: 2000, apiP95Ms: 50 };
const VIEWERS = 200;
const SECONDS = 20;
const ARRIVALS_MS = 5000;
const POLL_MS = 1500;
const WRITE_EVERY_MS = 5000;
const BROWSER_PARALLEL = 6;
const SCREEN = { unit: '67', period: '2022', view: 'was' };

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;
const round = (n: number) => Math.round(n * 10) / 10;

await ensureWebBuilt({ log: (line) => console.log(line) });
const dist = join(ROOT, 'web', 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const assets = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
const firstLoadBytes = assets.reduce((sum, name) => sum + gzipSync(readFileSync(join(dist, 'assets', name))).length, 0);
console.log(`first load: ${assets.length} files, ${round(firstLoadBytes / 1024)} kB gzipped`);

const dir = mkdtempSync(join(tmpdir(), 'dx-ioc-bench-web-'));
const dbFile = join(dir, 'demo.sqlite');
const store = openStore(dbFile);
await migrateToLatest(store);
await ensureDemoData(store);
await store.close();
const port = await freePort();
const server = spawn(process.execPath, [join(ROOT, 'bin', 'dx-ioc.js'), 'serve', '--port', String(port), '--db', dbFile], {
  env: { ...process.env, DX_IOC_IMPORTS_DIR: join(dir, 'imports'), DX_IOC_EVIDENCE_DIR: join(dir, 'evidence') },
  stdio: ['ignore', 'pipe', 'inherit'],
});
process.on('exit', () => server.kill('SIGTERM')); // never leave the server behind, even when the bench fails
const url = `http://127.0.0.1:${port}`;
await new Promise<void>((resolve, reject) => {
  server.once('exit', (code) => reject(new Error(`dx-ioc serve ended (${code})`)));
  server.stdout!.on('data', (chunk: Buffer) => {
    if (chunk.toString().includes('DX-IOC đang chạy')) resolve();
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as { port: number };
      probe.close(() => resolve(free));
    });
    probe.on('error', reject);
  });
}

const signIn = (username: string) =>
  fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'dxioc-demo-2025' }),
  });
const login = await signIn('lanhdao');
const cookie = login.headers
  .getSetCookie()
  .map((c) => c.split(';')[0])
  .join('; ');

// --- time to the first meaningful render -------------------------------------------------------------------
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const renders: number[] = [];
for (let i = 0; i < 7; i++) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
  await context.addCookies(
    login.headers.getSetCookie().map((c) => {
      const [pair] = c.split(';');
      const [name, value] = pair!.split('=');
      return { name: name!, value: value!, url };
    }),
  );
  const page = await context.newPage();
  const started = performance.now();
  await page.goto(`${url}/?${new URLSearchParams(SCREEN).toString()}`);
  await page.getByTestId('figure-value').waitFor({ timeout: 30_000 });
  renders.push(performance.now() - started);
  await context.close();
}
await browser.close();
renders.sort((a, b) => a - b);
console.log(`first meaningful render: median ${round(percentile(renders, 50))} ms (of ${renders.map(round).join(', ')})`);

// --- the overview's API calls under 200 concurrent viewers ------------------------------------------------------
const get = async (path: string) => {
  const response = await fetch(`${url}${path}`, { headers: { cookie } });
  return { status: response.status, body: await response.text() };
};
const datasets = JSON.parse((await get('/api/v1/datasets')).body) as { items: { code: string }[] };
const today = todayIsoDate();
const calls: Record<string, string> = {
  me: '/api/v1/auth/me',
  changes: '/api/v1/changes',
  indicators: '/api/v1/indicators?limit=1000',
  plans: `/api/v1/plans?unit=${SCREEN.unit}&from=${SCREEN.period}&to=${SCREEN.period}&limit=50`,
  planStatus: '/api/v1/plans/DN_KH_CDS_2022/status',
  datasets: '/api/v1/datasets',
  ...Object.fromEntries(
    datasets.items.map((d) => [`coverage ${d.code}`, `/api/v1/datasets/${d.code}/coverage?period=${SCREEN.period}S2&within=${SCREEN.unit}`]),
  ),
  figure: `/api/v1/analytics?indicator=CT_XA_CAP_QUANG&unit=${SCREEN.unit}&period=${SCREEN.period}&view=${SCREEN.view}&breakdown=none`,
  map: `/api/v1/analytics?indicator=CT_XA_CAP_QUANG&unit=${SCREEN.unit}&period=${SCREEN.period}&view=${SCREEN.view}&breakdown=children`,
  trend: `/api/v1/analytics?indicator=CT_XA_CAP_QUANG&unit=${SCREEN.unit}&periods=2016..2022&view=${SCREEN.view}&breakdown=none`,
  boundaries: `/api/v1/geo/boundaries?parent=68&at=${today}&detail=medium`,
};
for (const [name, path] of Object.entries(calls)) {
  const { status } = await get(path);
  if (status !== 200) throw new Error(`${name}: ${path} answered ${status}`);
}
const times = new Map<string, number[]>(Object.keys(calls).map((k) => [k, []]));
let errors = 0;
const timed = async (name: string) => {
  const t0 = performance.now();
  const { status } = await get(calls[name]!).catch(() => ({ status: 0 }));
  times.get(name)!.push(performance.now() - t0);
  if (status !== 200) errors += 1;
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The screen's requests, BROWSER_PARALLEL at a time. */
const openScreen = async (names: string[]) => {
  const queue = [...names];
  await Promise.all(
    Array.from({ length: BROWSER_PARALLEL }, async () => {
      for (let name = queue.shift(); name; name = queue.shift()) await timed(name);
    }),
  );
};
const figures = Object.keys(calls).filter((k) => !['me', 'changes', 'indicators', 'datasets', 'boundaries'].includes(k));
const startedAt = performance.now();
const until = startedAt + SECONDS * 1000;

// An admin writes a value every WRITE_EVERY_MS (one commune's fibre count, alternating), as reporting goes on.
const adminLogin = await signIn('admin');
const adminCookie = adminLogin.headers
  .getSetCookie()
  .map((c) => c.split(';')[0])
  .join('; ');
const { csrfToken } = (await adminLogin.json()) as { csrfToken: string };
let writes = 0;
const writer = (async () => {
  while (performance.now() < until) {
    await sleep(WRITE_EVERY_MS);
    const response = await fetch(`${url}/api/v1/data-values`, {
      method: 'POST',
      headers: { cookie: adminCookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({ values: [{ dataElement: 'XA_CAP_QUANG', unit: '24611', period: '2024S1', value: writes % 2 }] }),
    });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`the writer's POST /data-values answered ${response.status}`);
    writes += 1;
  }
})();

await Promise.all([
  writer,
  ...Array.from({ length: VIEWERS }, async (_, i) => {
    await sleep((ARRIVALS_MS * i) / VIEWERS);
    await openScreen(Object.keys(calls));
    let seen = JSON.parse((await get(calls.changes!)).body).token as string;
    while (performance.now() < until) {
      await sleep(POLL_MS);
      const t0 = performance.now();
      const answer = await get(calls.changes!).catch(() => ({ status: 0, body: '{}' }));
      times.get('changes')!.push(performance.now() - t0);
      if (answer.status !== 200) {
        errors += 1;
        continue;
      }
      const token = (JSON.parse(answer.body) as { token: string }).token;
      if (token !== seen) {
        seen = token;
        await openScreen(figures);
      }
    }
  }),
]);
server.kill('SIGTERM');
await new Promise((resolve) => server.once('exit', resolve));
rmSync(dir, { recursive: true, force: true });

const perCall = Object.fromEntries(
  [...times].map(([name, list]) => {
    list.sort((a, b) => a - b);
    return [name, { requests: list.length, p50Ms: round(percentile(list, 50)), p95Ms: round(percentile(list, 95)) }];
  }),
);
const all = [...times.values()].flat().sort((a, b) => a - b);
const api = {
  viewers: VIEWERS,
  seconds: SECONDS,
  model: `dx-ioc serve in its own process; arrivals over ${ARRIVALS_MS} ms, the screen's requests ${BROWSER_PARALLEL} at a time, GET /changes every ${POLL_MS} ms and the figures again when it moved, a value written every ${WRITE_EVERY_MS} ms (${writes} writes)`,
  requests: all.length,
  errors,
  p50Ms: round(percentile(all, 50)),
  p95Ms: round(percentile(all, 95)),
  perCall,
};

const result = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', node: process.version },
  firstLoad: { files: assets, gzippedKb: round(firstLoadBytes / 1024), budgetKb: BUDGET.firstLoadKb, met: firstLoadBytes / 1024 <= BUDGET.firstLoadKb },
  firstMeaningfulRender: {
    samplesMs: renders.map(round),
    medianMs: round(percentile(renders, 50)),
    budgetMs: BUDGET.renderMs,
    met: percentile(renders, 50) <= BUDGET.renderMs,
  },
  overviewApi: { ...api, budgetP95Ms: BUDGET.apiP95Ms, met: api.p95Ms <= BUDGET.apiP95Ms && errors === 0 },
};
console.table(Object.fromEntries(Object.entries(perCall).map(([k, v]) => [k, v])));
console.log(
  `overview API, ${VIEWERS} viewers (arriving over ${ARRIVALS_MS / 1000} s, polling every ${POLL_MS / 1000} s, ${writes} writes) × ${SECONDS} s: ${all.length} requests, ${errors} errors, p50 ${api.p50Ms} ms, p95 ${api.p95Ms} ms`,
);
for (const [name, r] of Object.entries({ 'first load': result.firstLoad, 'first render': result.firstMeaningfulRender, 'overview API': result.overviewApi })) {
  console.log(`${r.met ? '✓' : '✗'} ${name}`);
}
mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
const file = join(ROOT, 'bench', 'results', `${result.date.slice(0, 10)}-web.json`);
writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
console.log(`→ ${file}`);

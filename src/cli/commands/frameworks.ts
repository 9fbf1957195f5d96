import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { SHIPPED_BUNDLES } from '../../domain/frameworks/shipped.ts';
import type { FrameworkBundle } from '../../domain/frameworks/types.ts';
import { MERGED_UNIT_RULES, type MergedUnitRule } from '../../domain/frameworks/run-types.ts';
import type { BundleWriteResult } from '../../store/frameworks/repo.ts';
import { listFrameworks, loadFrameworkBundles } from '../../app/frameworks/frameworks.ts';
import { publishScoreRun, runScoreRun } from '../../app/frameworks/score-runs.ts';
import { CLI_ACTOR } from '../../app/policy.ts';
import { withStore } from '../store-option.ts';

const collect = (value: string, previous: string[]): string[] => [...previous, value];
const count = (actions: Record<string, string>, action: string) => Object.values(actions).filter((a) => a === action).length;

/** Bundles from a JSON file: one bundle `{framework, editions, elements?}` or an array of them. */
export function readBundles(file: string): FrameworkBundle[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Không đọc được ${file}: ${(error as Error).message} / cannot read the file`);
  }
  const list = Array.isArray(parsed) ? parsed : [parsed];
  list.forEach((b, i) => {
    const ok = typeof b === 'object' && b !== null && 'framework' in b && Array.isArray((b as { editions?: unknown }).editions);
    if (!ok) throw new Error(`${file} [${i}]: cần {framework, editions: [...]} / expected {framework, editions: [...]}`);
  });
  return list as FrameworkBundle[];
}

const ACTION_VI: Record<string, string> = { created: 'ghi mới', updated: 'cập nhật', unchanged: 'không đổi' };

function describeLoad(code: string, r: BundleWriteResult): string {
  const e = r.editions;
  return `${code}: bộ chỉ số ${ACTION_VI[r.framework]}; phiên bản: ${count(e, 'created')} mới, ${count(e, 'updated')} cập nhật, ${count(e, 'unchanged')} không đổi; phần tử dữ liệu: ${count(r.elements, 'created')} mới`;
}

/** Adds `dx-ioc frameworks load | list | run | publish`. */
export function registerFrameworkCommands(program: Command, dbHelp: string): void {
  const frameworks = program.command('frameworks').description('scoring frameworks (bộ chỉ số), score runs and rankings');

  frameworks
    .command('load')
    .description('upsert the shipped frameworks (DTI 922, DTI 405, province example), or those in a JSON file; each bundle is all or nothing')
    .option('--file <json>', 'a bundle {framework, editions, elements?} or an array of bundles')
    .option('--db <target>', dbHelp)
    .action(async (opts: { file?: string; db?: string }) => {
      const bundles = opts.file ? readBundles(opts.file) : SHIPPED_BUNDLES;
      await withStore(opts.db, async (store) => {
        for (const { code, result } of await loadFrameworkBundles(store, CLI_ACTOR, bundles)) console.log(describeLoad(code, result));
      });
    });

  frameworks
    .command('list')
    .description('frameworks and their editions')
    .option('--db <target>', dbHelp)
    .action(async (opts: { db?: string }) => {
      const list = await withStore(opts.db, (store) => listFrameworks(store));
      for (const f of list) console.log(`${f.code} (${f.level}) ${f.name}: ${f.editions.map((e) => e.edition).join(', ') || '—'}`);
    });

  frameworks
    .command('run <framework> <edition>')
    .description('compute a draft score run (over the current draft, or as a new revision after a published one)')
    .requiredOption('--period <id>', 'period, e.g. 2024')
    .option('--level <level>', 'province | commune | agency (default: the framework level)')
    .option('--at <date>', 'the date of the unit tree (default: the last day of the period)')
    .option('--unit <code>', 'only this unit (repeatable)', collect, [])
    .option('--merged-unit-rule <rule>', `for merged units: ${MERGED_UNIT_RULES.join(', ')}`)
    .option('--db <target>', dbHelp)
    .action(
      async (
        framework: string,
        edition: string,
        opts: { period: string; level?: string; at?: string; unit: string[]; mergedUnitRule?: string; db?: string },
      ) => {
        const { run, results } = await withStore(opts.db, (store) =>
          runScoreRun(store, CLI_ACTOR, {
            framework,
            edition,
            period: opts.period,
            ...(opts.level ? { level: opts.level } : {}),
            ...(opts.at ? { at: opts.at } : {}),
            ...(opts.unit.length ? { units: opts.unit } : {}),
            ...(opts.mergedUnitRule ? { mergedUnitRule: opts.mergedUnitRule as MergedUnitRule } : {}),
          }),
        );
        console.log(`Lượt chấm điểm ${run.id}: ${framework} ${edition}, cấp ${run.level}, kỳ ${run.period}, lần ${run.revision} (${run.status})`);
        for (const r of results) {
          const score = r.score === null ? 'chưa có số liệu' : r.score.toLocaleString('vi-VN', { minimumFractionDigits: 4, maximumFractionDigits: 4 });
          console.log(`  ${r.rank ?? '—'}\t${r.unitCode}\t${r.unitName}\t${score}`);
        }
      },
    );

  frameworks
    .command('publish <framework> <edition> <runId>')
    .description('publish a draft run (it is frozen from then on)')
    .option('--db <target>', dbHelp)
    .action(async (framework: string, edition: string, runId: string, opts: { db?: string }) => {
      const id = Number(runId);
      if (!Number.isSafeInteger(id) || id < 1) throw new Error(`Mã lượt chấm điểm không hợp lệ: ${runId} / invalid run id`);
      const run = await withStore(opts.db, (store) => publishScoreRun(store, CLI_ACTOR, framework, edition, id));
      console.log(`Đã công bố lượt ${run.id} (lần ${run.revision}) của ${framework} ${edition}, kỳ ${run.period}.`);
    });
}

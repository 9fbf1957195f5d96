/**
 * `dx-ioc dhis2 export|import`: DHIS2 data value sets from the terminal (idScheme=CODE), through the same use cases
 * as GET and POST /api/v1/dhis2/dataValueSets; the operator acts as an admin, or as `--as USERNAME` (their
 * permissions apply). Export writes JSON or CSV to --out or the standard output; import reads a .csv file as CSV and
 * anything else as JSON, checks it whole and, unless --dry-run, writes it all or nothing.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Actor } from '../../domain/access.ts';
import { dataValueSetCsv, type Dhis2Problem } from '../../domain/dhis2-data-value-set.ts';
import { exportDataValueSet } from '../../app/interchange/dhis2-export.ts';
import { importDataValueSet } from '../../app/interchange/dhis2-import.ts';
import { actorOfUser } from '../../app/auth/users.ts';
import { CLI_ACTOR } from '../../app/policy.ts';
import { AppError } from '../../domain/errors.ts';
import { withStore } from '../store-option.ts';

interface ExportOptions {
  dataSet?: string;
  dataElement?: string[];
  orgUnit: string[];
  period: string[];
  children?: boolean;
  format?: string;
  out?: string;
  db?: string;
  as?: string;
}

interface ImportOptions {
  dryRun?: boolean;
  db?: string;
  as?: string;
}

function isProblemList(details: unknown): details is Dhis2Problem[] {
  return Array.isArray(details) && details.every((d) => typeof d === 'object' && d !== null && 'row' in d && 'field' in d && 'message' in d);
}

const list = (value: string, previous: string[] = []) => [...previous, ...value.split(',').filter(Boolean)];

export async function dhis2ExportCommand(opts: ExportOptions): Promise<void> {
  await withStore(opts.db, async (store) => {
    const actor: Actor = opts.as ? await actorOfUser(store, opts.as) : CLI_ACTOR;
    const dataValues = await exportDataValueSet(store, actor, {
      ...(opts.dataSet ? { dataSet: opts.dataSet } : {}),
      ...(opts.dataElement ? { dataElement: opts.dataElement } : {}),
      orgUnit: opts.orgUnit,
      period: opts.period,
      children: opts.children ?? false,
    });
    const text = opts.format === 'csv' ? dataValueSetCsv(dataValues) : `${JSON.stringify({ dataValues }, null, 2)}\n`;
    if (opts.out) {
      await writeFile(opts.out, text);
      console.error(`Đã ghi ${dataValues.length} số liệu vào ${opts.out} / wrote ${dataValues.length} values`);
    } else process.stdout.write(text);
  });
}

export async function dhis2ImportCommand(file: string, opts: ImportOptions): Promise<void> {
  await withStore(opts.db, async (store) => {
    const actor: Actor = opts.as ? await actorOfUser(store, opts.as) : CLI_ACTOR;
    const text = await readFile(file, 'utf8');
    let input: Parameters<typeof importDataValueSet>[2];
    if (file.toLowerCase().endsWith('.csv')) input = { format: 'csv', text };
    else {
      try {
        input = { format: 'json', body: JSON.parse(text) as unknown };
      } catch (error) {
        throw new Error(`${file}: không phải JSON (${(error as Error).message}); tệp CSV cần đuôi .csv / not JSON; name a CSV file *.csv`);
      }
    }
    try {
      const summary = await importDataValueSet(store, actor, input, { dryRun: opts.dryRun ?? false, via: file });
      console.log(`${summary.status}: ${summary.description}`);
      for (const p of summary.problems) console.log(`  Dòng ${p.row} (${p.field}): ${p.message}`);
      if (summary.status === 'ERROR') process.exitCode = 1;
    } catch (error) {
      if (error instanceof AppError && isProblemList(error.details)) {
        for (const p of error.details) console.log(`  Dòng ${p.row} (${p.field}): ${p.message}`);
      }
      throw error;
    }
  });
}

/** Adds `dx-ioc dhis2 export` and `dx-ioc dhis2 import` to the program. */
export function registerDhis2Commands(program: Command, dbHelp: string): void {
  const dhis2 = program.command('dhis2').description('DHIS2 data value sets by code (idScheme=CODE) / trao đổi số liệu với DHIS2');
  dhis2
    .command('export')
    .description('export current values as a DHIS2 data value set (JSON or CSV)')
    .option('--data-set <code>', 'dataset (biểu mẫu) code: its elements')
    .option('--data-element <codes>', 'data element codes (comma-separated or repeated)', list)
    .requiredOption('--org-unit <codes>', 'unit codes (comma-separated or repeated)', list)
    .requiredOption('--period <ids>', 'period ids: 2023, 2023S1, 2023Q2, 202306 (comma-separated or repeated)', list)
    .option('--children', 'every unit below the org units too')
    .option('--format <format>', 'json or csv', 'json')
    .option('--out <file>', 'write to this file (default: standard output)')
    .option('--db <target>', dbHelp)
    .option('--as <username>', 'read as this user (their units and rules apply); default: the operator, as admin')
    .action(dhis2ExportCommand);
  dhis2
    .command('import <file>')
    .description('import a DHIS2 data value set (.csv as CSV, else JSON): checked whole, all or nothing')
    .option('--dry-run', 'check and count only; write nothing')
    .option('--db <target>', dbHelp)
    .option('--as <username>', 'record the import as this user (their permissions apply); default: the operator, as admin')
    .action(dhis2ImportCommand);
}

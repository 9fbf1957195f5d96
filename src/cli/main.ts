import { AppError } from '../domain/errors.ts';
import { Command, CommanderError } from 'commander';
import { migrateCommand } from './commands/migrate.ts';
import type { ServeOptions } from './commands/serve.ts';
import { unitsImportCommand, unitsLoadCommand } from './commands/units.ts';
import { metadataExportCommand, metadataImportCommand } from './commands/metadata.ts';
import { demoCommand } from './commands/demo.ts';
import { registerUserCommands } from './commands/users.ts';
import { registerTokenCommands } from './commands/tokens.ts';
import { registerScopeCommands } from './commands/scopes.ts';
import { registerImportCommands } from './commands/imports.ts';
import { registerComputeCommands } from './commands/compute.ts';
import { registerAnalyticsCommand } from './commands/analytics.ts';
import { registerFrameworkCommands } from './commands/frameworks.ts';
import { registerHousekeepingCommand } from './commands/housekeeping.ts';
import { registerRegistriesCommand } from './commands/registries.ts';
import { registerDossierCommands } from './commands/dossiers.ts';
import { registerDigestCommand } from './commands/digest.ts';
import { registerGeoCommands } from './commands/geo.ts';
import { registerScoreCommands } from './commands/scores.ts';
import { registerDhis2Commands } from './commands/dhis2.ts';
import { registerReportCommand } from './commands/report.ts';
import { VERSION } from '../version.ts';

const DB_HELP = 'SQLite file path or postgres:// URL (default: $DATABASE_URL, else ./data/dx-ioc.sqlite)';

function buildProgram(): Command {
  const program = new Command('dx-ioc')
    .description('DX-IOC — trung tâm điều hành chuyển đổi số (digital transformation operations centre)')
    .version(VERSION)
    .exitOverride();

  program
    .command('serve')
    .description('start the HTTP API / chạy máy chủ')
    .option('--port <n>', 'port (default: $PORT, else 3000)')
    .option('--host <addr>', 'address to listen on (default: $HOST, else 127.0.0.1)')
    .option('--db <target>', DB_HELP)
    .option('--demo', 'build the demo data first when the database is empty')
    // The server (every route, the web app) loads only for `serve`: the other commands start in half the time.
    .action(async (opts: ServeOptions) => (await import('./commands/serve.ts')).serveCommand(opts));

  program.command('migrate').description('bring the database schema up to date').option('--db <target>', DB_HELP).action(migrateCommand);

  const units = program.command('units').description('administrative units / đơn vị hành chính');
  units
    .command('load')
    .description('load the administrative trees before and from 1/7/2025 with their lineage (idempotent)')
    .option('--db <target>', DB_HELP)
    .action(unitsLoadCommand);
  units
    .command('import <dir>')
    .description('load the administrative trees and lineage from CSV files (layout of shared/data/units; all or nothing, idempotent)')
    .option('--db <target>', DB_HELP)
    .option('--replace', 'replace units of another source (e.g. `units load`) when no data refers to them')
    .action(unitsImportCommand);

  program.command('demo').description('build a demo database from the seed articles').option('--db <target>', DB_HELP).action(demoCommand);

  const metadata = program.command('metadata').description('data elements, indicators, plans and targets');
  metadata.command('export <file>').description('write all metadata to a JSON file').option('--db <target>', DB_HELP).action(metadataExportCommand);
  metadata
    .command('import <file>')
    .description('read metadata from a JSON file (all or nothing)')
    .option('--db <target>', DB_HELP)
    .action(metadataImportCommand);

  registerUserCommands(program, DB_HELP);
  registerTokenCommands(program, DB_HELP);
  registerScopeCommands(program, DB_HELP);
  registerImportCommands(program, DB_HELP);
  registerComputeCommands(program, DB_HELP);
  registerAnalyticsCommand(program, DB_HELP);
  registerFrameworkCommands(program, DB_HELP);
  registerHousekeepingCommand(program, DB_HELP);
  registerRegistriesCommand(program, DB_HELP);
  registerDossierCommands(program, DB_HELP);
  registerDigestCommand(program, DB_HELP);
  registerGeoCommands(program, DB_HELP);
  registerScoreCommands(program, DB_HELP);
  registerDhis2Commands(program, DB_HELP);
  registerReportCommand(program, DB_HELP);
  return program;
}

/** The details of a refusal, one a line (`field: message`), at most 50 of them. */
function detailLines(error: AppError): string[] {
  const details = error.details ?? [];
  const lines = details.slice(0, 50).map((d) => {
    if (typeof d === 'string') return d;
    const { field, message } = d as { field?: unknown; message?: unknown };
    return [field, message].filter((part) => part !== undefined && part !== '').join(': ') || JSON.stringify(d);
  });
  if (details.length > 50) lines.push(`… ${details.length - 50} lỗi khác / more`);
  // What the message already says (a field error's text, a list of problems) is not repeated.
  return lines.filter((line, i) => {
    const message = (details[i] as { message?: unknown } | undefined)?.message;
    return !error.message.includes(line) && !(typeof message === 'string' && error.message.includes(message));
  });
}

/** Runs the CLI; returns the exit code. Errors print as one line, never a stack trace. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    const message = error instanceof Error ? error.message : String(error);
    console.error(`dx-ioc: ${message}`);
    if (error instanceof AppError) for (const line of detailLines(error)) console.error(`  ${line}`);
    if (process.env.DX_IOC_DEBUG && error instanceof Error) console.error(error.stack);
    return 1;
  }
}

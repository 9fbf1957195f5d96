/**
 * `dx-ioc geo import FILE --level province|district|commune --valid-from DATE`: a GeoJSON boundary file keyed by
 * official codes, checked against the unit tree on that date, stored with three detail levels for the maps;
 * `dx-ioc geo list`: the imported layers. As CLI_ACTOR (audited as `cli`).
 */
import type { Command } from 'commander';
import { importBoundaries } from '../../app/geo/import-boundaries.ts';
import { readBoundaryJson } from '../../app/geo/boundary-file.ts';
import { geoLayers } from '../../app/geo/read-boundaries.ts';
import { CLI_ACTOR } from '../../app/policy.ts';
import { GEO_LEVELS, LEVEL_VI, type GeoLevel } from '../../domain/geo.ts';
import { appError } from '../../domain/errors.ts';
import { formatViNumber } from '../../domain/vi-number.ts';
import { withStore } from '../store-option.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function registerGeoCommands(program: Command, dbHelp: string): void {
  const geo = program.command('geo').description('bản đồ ranh giới đơn vị hành chính / administrative boundaries for the maps');
  geo
    .command('import <file>')
    .description('nạp tệp GeoJSON ranh giới (properties.code = mã đơn vị) / import a GeoJSON boundary file keyed by unit code')
    .requiredOption('--level <level>', `cấp đơn vị / unit level: ${GEO_LEVELS.join(', ')}`)
    .requiredOption(
      '--valid-from <date>',
      'ngày bắt đầu hiệu lực (YYYY-MM-DD), mã đơn vị được đối chiếu với cây ngày này / first day in force; codes are checked against the tree of that day',
    )
    .option('--db <target>', dbHelp)
    .action(async (file: string, opts: { level: string; validFrom: string; db?: string }) => {
      if (!(GEO_LEVELS as readonly string[]).includes(opts.level))
        throw appError('BAD_REQUEST', { field: '--level', reason: `cần một trong ${GEO_LEVELS.join(', ')} / one of ${GEO_LEVELS.join(', ')}` });
      if (!ISO_DATE.test(opts.validFrom)) throw appError('INVALID_DATE', { field: '--valid-from' });
      const { json, sourceName } = await readBoundaryJson(file);
      const result = await withStore(opts.db, (store) =>
        importBoundaries(store, CLI_ACTOR, { json, sourceName, level: opts.level as GeoLevel, validFrom: opts.validFrom, via: 'dx-ioc geo import' }),
      );
      console.log(
        `Đã nạp ${formatViNumber(result.features)} ranh giới cấp ${LEVEL_VI[result.level]} từ ngày ${result.validFrom} (${sourceName})${result.replaced ? ', thay lớp cũ cùng ngày' : ''}. / ` +
          `${result.features} ${result.level} boundaries in force from ${result.validFrom}${result.replaced ? ' (replaced the layer of that date)' : ''}.`,
      );
    });
  geo
    .command('list')
    .description('các lớp ranh giới đã nạp / the imported boundary layers')
    .option('--db <target>', dbHelp)
    .action(async (opts: { db?: string }) => {
      const layers = await withStore(opts.db, (store) => geoLayers(store, CLI_ACTOR));
      if (!layers.length) {
        console.log('Chưa có lớp ranh giới nào: nạp bằng `dx-ioc geo import FILE --level … --valid-from …`. / No boundary layer yet.');
        return;
      }
      for (const l of layers)
        console.log(`${l.level}\t${l.validFrom} → ${l.validTo ?? '…'}\t${formatViNumber(l.featureCount)}\t${l.sourceName}\t${l.importedBy} ${l.importedAt}`);
    });
}

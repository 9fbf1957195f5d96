/**
 * Every figure the demo records, with the sentence of its article it comes from: each quote occurs in the seed
 * article's text (../shared/seeds, whitespace folded) and holds the figure's number as the article prints it (vi-VN:
 * 1.607.294; 73,08; 06) — or, for a figure worked back from the text, is marked derived with a comment "Suy ra: …"
 * that gives the number. Without the seeds folder the test says so loudly and skips; in CI it must run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_VALUES, type DemoValue } from '../../src/app/demo/seed-values.ts';
import { COMMUNE_FIBRE } from '../../src/app/demo/record-figures.ts';
import { SOURCES } from '../../src/app/demo/sources.ts';
import { DEMO_ELEMENTS } from '../../src/app/demo/seed-elements.ts';

const SEEDS = resolve(import.meta.dirname, '../../../shared/seeds');
const present = existsSync(SEEDS);
if (!present) {
  const message = `\n!!! ${SEEDS} không có: bỏ qua kiểm tra số liệu mẫu với bài gốc / seed articles absent: demo figures NOT checked against their articles !!!\n`;
  if (process.env.CI) throw new Error(message);
  console.warn(message);
}

const fold = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ');
const articles = new Map<string, string>();
function article(source: keyof typeof SOURCES): string {
  const file = SOURCES[source].file;
  if (file === null) throw new Error(`source ${source} is not a seed article`);
  let text = articles.get(file);
  if (text === undefined) articles.set(file, (text = fold(readFileSync(resolve(SEEDS, file), 'utf8'))));
  return text;
}

/** Every number a text prints, read the vi-VN way: '1.607.294' → 1607294, '73,08' → 73.08, '06' → 6. */
function numbersIn(text: string): number[] {
  return [...text.matchAll(/\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g)].map((m) => Number(m[0].replaceAll('.', '').replace(',', '.')));
}

const seedFigures = DEMO_VALUES.filter((v) => SOURCES[v.source].file !== null);
const label = (v: DemoValue) => `${v.element} ${v.unit} ${v.period} = ${v.value}${v.derived ? ' (suy ra)' : ''}: «${v.quote}»`;

describe('numbersIn reads vi-VN numbers', () => {
  it('thousands with dots, decimals with a comma, leading zeros', () => {
    expect(numbersIn('1.607.294 triệu đồng; 73,08%; 06/10; 0,5934; 1800')).toEqual([1607294, 73.08, 6, 10, 0.5934, 1800]);
  });
});

describe.skipIf(!present)('every demo figure and the sentence it comes from', () => {
  it('lists the figures (one line each, in the test output)', () => {
    const lines = [...seedFigures.map(label), ...COMMUNE_FIBRE.map((c) => `XA_CAP_QUANG/XA_TONG 67 ${c.period} = 1/1 mỗi xã: «${c.quote}»`)];
    console.log(`${lines.length} số liệu từ các bài:\n${lines.join('\n')}`);
    expect(seedFigures.length).toBeGreaterThan(100);
  });

  it.each(seedFigures.map((v) => [label(v), v] as const))('%s', (_, v) => {
    expect(article(v.source)).toContain(fold(v.quote));
    if (v.derived) {
      expect(v.comment).toMatch(/^Suy ra: /);
      expect(numbersIn(v.comment!.replace(/^Suy ra: /, ''))).toContain(v.value);
    } else {
      expect(numbersIn(v.quote)).toContain(v.value);
    }
  });

  it('the commune fibre figures: each sentence is in its article and says every commune (71/71 or 100%)', () => {
    for (const c of COMMUNE_FIBRE) {
      expect(article(c.source)).toContain(fold(c.quote));
      expect(c.quote).toMatch(/71\/71|100%/);
    }
  });

  it('each figure is on an element of its period type, and a period the article speaks of', () => {
    const types = new Map(DEMO_ELEMENTS.map((e) => [e.code, e.periodType]));
    const pattern = { yearly: /^\d{4}$/, semiannual: /^\d{4}S[12]$/, monthly: /^\d{6}$/ } as const;
    for (const v of seedFigures) expect(v.period, label(v)).toMatch(pattern[types.get(v.element)!]);
    // "lũy kế đến hết tháng 09/2022" is on September 2022, not on the year 2022.
    expect(seedFigures.find((v) => v.element === 'DOANH_THU_CNTT')?.period).toBe('202209');
  });

  it('an article without a posting date says so; none is invented', () => {
    for (const [key, source] of Object.entries(SOURCES)) {
      if (source.file === null) continue;
      const text = readFileSync(resolve(SEEDS, source.file), 'utf8');
      const printed = /Ngày đăng:? (\d{2})\/(\d{2})\/(\d{4})/.exec(text);
      if (printed) expect(source.date, key).toBe(`${printed[3]}-${printed[2]}-${printed[1]}`);
      else {
        expect(source.date, key).toBeNull();
        expect(source.reference, key).toMatch(/không ghi ngày đăng/);
      }
      // The title quotes the article's own title line.
      const quoted = /"([^"]+)"/.exec(source.title)?.[1];
      expect(quoted && fold(text).includes(quoted), `${key}: ${quoted}`).toBe(true);
    }
  });
});

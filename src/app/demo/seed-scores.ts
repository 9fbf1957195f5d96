/**
 * The demo's DTI rankings, entered as published (the same path as `dx-ioc scores import`), with only the figures
 * the seed articles or the published DTI 2022 results state, each row citing its source and marking what is
 * worked back from the text as derived:
 * - DTI 2021: Đắk Nông (67) xếp thứ 41, tăng 13 bậc; trụ cột chính quyền số 52, kinh tế số 34, xã hội số 18
 *   (Phiên họp thứ 3 của Ủy ban Quốc gia về CĐS, 09/08/2022); Ninh Thuận (58) 0,3048 and 53 — both derived from
 *   its 2022 figures ("0,5934, tăng 94,69%", "xếp thứ 27/63, tăng 26 bậc").
 * - DTI 2022: Ninh Thuận (58) 0,5934, xếp thứ 27/63, tăng 26 bậc (bài 6 tháng đầu năm 2023); Đà Nẵng (48) its eight
 *   published main-index values, the total 0,8002 derived from them (its rank is not in our sources: left empty).
 * - DTI 2024 (34 provinces after 1/7/2025): no published figures in the sources; the screen shows the merged-unit
 *   rule with an empty state, never invented numbers.
 * Then the draft computed from the data values (DTI 2022, revision 2, "Bản nháp", seen by admins only).
 * A full table of an edition under ../shared/data/dti (DTI_TINH-<edition>.csv|json|xlsx, or DX_IOC_DTI_DIR) is
 * imported as a further published revision when present; when absent the report says so.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { PublishedRow } from '../../domain/frameworks/published-file.ts';
import { runScores, type RunScoresResult } from '../../compute/scores/run-scores.ts';
import type { Store } from '../../store/db.ts';
import { importPublishedRun } from '../frameworks/import-published-run.ts';
import { importPublishedFile } from '../frameworks/published-upload.ts';
import { DEMO_ACTOR } from './record-figures.ts';
import { DEMO_DTI_VALUES } from './seed-values.ts';
import { SOURCES } from './sources.ts';

const FRAMEWORK = 'DTI_TINH';

export interface DemoPublishedRun {
  edition: string;
  source: { title: string; date: string };
  rows: PublishedRow[];
}

/** Đà Nẵng's DTI 2022 main indices, as seed-values.ts records them (one list of the figures). */
const daNang2022 = Object.fromEntries(
  DEMO_DTI_VALUES.filter((v) => v.unit === '48' && v.period === '2022').map((v) => [v.element.slice(`${FRAMEWORK}.`.length), { value: v.value }]),
);

export const DEMO_PUBLISHED_RUNS: DemoPublishedRun[] = [
  {
    edition: '2021',
    source: {
      title: 'Kết quả Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2021 do Bộ Thông tin và Truyền thông công bố, theo các bài viết dẫn lại',
      date: '2022-08-09',
    },
    rows: [
      {
        unit: '67',
        rank: 41,
        rankChange: 13,
        pillars: { CQS: { rank: 52 }, KTS: { rank: 34 }, XHS: { rank: 18 } },
        note: `${SOURCES.nationalCommittee2022.title}: "tỉnh Đắk Nông đã có sự vươn lên xếp thứ 41 trong cả nước, tăng 13 bậc so với năm 2020"; "chính quyền số xếp thứ 52, kinh tế số thứ 34 và xã hội số thứ 18".`,
      },
      {
        unit: '58',
        score: 0.3048,
        rank: 53,
        derived: ['rank', 'score'],
        note: `Suy ra từ ${SOURCES.ninhThuan2023S1.title}: năm 2022 "đạt 0,5934, tăng 94,69% so với năm 2021" ⇒ 0,5934 / 1,9469 ≈ 0,3048; "xếp thứ 27/63 …, tăng 26 bậc" ⇒ 53.`,
      },
    ],
  },
  {
    edition: '2022',
    source: { title: 'Kết quả Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2022 do Bộ Thông tin và Truyền thông công bố tháng 7/2023', date: SOURCES.dti2022.date },
    rows: [
      {
        unit: '58',
        score: 0.5934,
        rank: 27,
        rankChange: 26,
        note: `${SOURCES.ninhThuan2023S1.title}: "đạt 0,5934, tăng 94,69% so với năm 2021, xếp thứ 27/63 tỉnh, thành phố, tăng 26 bậc so với năm 2021".`,
      },
      {
        unit: '48',
        mainIndices: daNang2022,
        note: `${SOURCES.dti2022.title}. Tổng 0,8002 tính từ 8 chỉ số chính (Σ giá trị × điểm tối đa / 1.000); thứ hạng không có trong nguồn.`,
      },
    ],
  },
];

/** Where the demo looks for a full published table of an edition. */
export function demoDtiDir(): string {
  return process.env.DX_IOC_DTI_DIR ?? join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'data', 'dti');
}

/** Imports the published runs, then the DTI 2022 draft; returns the draft (as runScores did). */
export async function seedDemoScores(store: Store, createdBy: string, log: (line: string) => void = () => {}): Promise<RunScoresResult> {
  for (const run of DEMO_PUBLISHED_RUNS) {
    const { results } = await importPublishedRun(store, DEMO_ACTOR, {
      framework: FRAMEWORK,
      edition: run.edition,
      file: { period: run.edition, source: run.source, results: run.rows },
      via: 'dx-ioc demo',
    });
    log(`DTI ${run.edition} (đã công bố, theo bài viết): ${results.length} tỉnh.`);
  }
  const dir = demoDtiDir();
  for (const edition of ['2021', '2022', '2023', '2024']) {
    const file = ['csv', 'json', 'xlsx'].map((ext) => `${FRAMEWORK}-${edition}.${ext}`).find((name) => existsSync(join(dir, name)));
    if (!file) continue;
    const { results } = await importPublishedFile(store, DEMO_ACTOR, {
      framework: FRAMEWORK,
      edition,
      path: join(dir, file),
      fileName: file,
      header: { source: { title: `Bảng kết quả DTI ${edition} (${file}, dữ liệu tham khảo)` } },
      via: 'dx-ioc demo',
    });
    log(`DTI ${edition}: đã nạp bảng đầy đủ ${file} (${results.length} tỉnh).`);
  }
  if (!existsSync(dir))
    log(
      `DTI: không có bảng kết quả đầy đủ trong ${dir}; bảng xếp hạng chỉ có các tỉnh các bài viết nêu. Nạp bảng công bố bằng \`dx-ioc scores import TỆP --framework DTI_TINH --edition 2022\`.`,
    );
  return runScores(store, { framework: FRAMEWORK, edition: '2022', period: '2022', createdBy });
}

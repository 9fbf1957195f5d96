/** Demo codes for the path and body of each route, so a hostile case's one broken field is the only thing wrong with it. */
import { DEMO_DATASETS, PROVINCE_REPORT } from '../../src/app/demo/seed-datasets.ts';
import type { Bases } from './schema-cases.ts';

const element = DEMO_DATASETS.find((d) => d.code === PROVINCE_REPORT)!.elements[0]!.code;
const form = { dataset: PROVINCE_REPORT, unit: '67', period: '2024S1' };
const value = { dataElement: element, unit: '67', period: '2024S1', value: 1 };

/** Demo codes in path and body, so the one broken field is the only thing wrong. */
const JSON_BASES: Bases = {
  'GET /api/v1/units/:code': { params: { code: '67' } },
  'GET /api/v1/units/:code/lineage': { params: { code: '67' } },
  'POST /api/v1/units/events': {
    body: { kind: 'rename', code: '00001', date: '2020-01-01', fullName: 'Phường Phúc Xá Mới', legalBasis: 'Nghị quyết 1/NQ-HĐND' },
  },
  'PATCH /api/v1/units/events/:id': { params: { id: '1' }, body: { legalBasis: 'Nghị quyết 202/2025/QH15' } },
  'POST /api/v1/units/events/:id/withdraw': { params: { id: '1' } },
  'GET /api/v1/units/:code/reporting': { params: { code: '67' }, query: { from: '2024S1', to: '2024S2' } },
  'GET /api/v1/forms/:dataset/:unit/:period': { params: form },
  'PUT /api/v1/forms/:dataset/:unit/:period': { params: form, body: { values: [{ dataElement: element, value: 1 }] } },
  'POST /api/v1/forms/approve': { body: { forms: [form] } },
  'POST /api/v1/forms/:dataset/:unit/:period/:action': { params: { ...form, action: 'return' }, body: { reason: 'Thiếu minh chứng' } },
  'GET /api/v1/datasets/:code': { params: { code: PROVINCE_REPORT } },
  'PUT /api/v1/datasets/:code': { params: { code: PROVINCE_REPORT } },
  'GET /api/v1/datasets/:code/coverage': { params: { code: PROVINCE_REPORT }, query: { period: '2023S1' } },
  'GET /api/v1/datasets/:code/template.xlsx': { params: { code: PROVINCE_REPORT }, query: { period: '2024S1' } },
  'POST /api/v1/data-values': { body: { values: [value] } },
  'GET /api/v1/data-values/history': { query: { dataElement: element, unit: '67', period: '2024S1' } },
  'GET /api/v1/dhis2/dataValueSets': { query: { dataSet: PROVINCE_REPORT, orgUnit: '67', period: '2024S1' } },
  'POST /api/v1/dhis2/dataValueSets': { body: { dataValues: [{ dataElement: element, period: '2024S1', orgUnit: '67', value: '1' }] } },
  'GET /api/v1/plans/:code/status': { params: { code: 'QD749' } },
  'GET /api/v1/registries/figures': { query: { unit: '58', period: '2023S1' } },
  'GET /api/v1/registries/records': { query: { element: 'SP_CDS_HOAN_THANH', unit: '58', period: '2023S1' } },
  'GET /api/v1/teams': { query: { unit: '58', at: '2023-06-30' } },
  'GET /api/v1/teams/:id': { params: { id: '1' } },
  'GET /api/v1/teams/:id/members': { params: { id: '1' } },
  // 22738: the demo's first commune of Ninh Thuận, whose commune team is team 1.
  'POST /api/v1/teams': {
    body: { unit: '22738', level: 'village', village: 'Thôn Mới', name: 'Tổ', decisionNumber: '1/QĐ', decisionDate: '2023-01-05', decisionIssuer: 'UBND' },
  },
  'PUT /api/v1/teams/:id': {
    params: { id: '1' },
    body: { unit: '22738', level: 'commune', name: 'Tổ', decisionNumber: '1/QĐ', decisionDate: '2022-08-05', decisionIssuer: 'UBND' },
  },
  'POST /api/v1/teams/:id/members': { params: { id: '1' }, body: { name: 'Thành viên mô phỏng', role: 'member', joinedOn: '2023-01-05' } },
  'PUT /api/v1/teams/:id/members/:memberId': {
    params: { id: '1', memberId: '1' },
    body: { name: 'Thành viên mô phỏng', role: 'member', joinedOn: '2023-01-05' },
  },
  'POST /api/v1/teams/:id/activities': { params: { id: '1' }, body: { heldOn: '2023-06-25', title: 'Hướng dẫn' } },
  'GET /api/v1/products/units-without-product': { query: { unit: '58', year: '2023', level: 'district' } },
  'POST /api/v1/products': { body: { name: 'Sản phẩm mới', kind: 'platform', ownerUnit: '56', year: 2026, targetDate: '2026-12-31' } },
  'GET /api/v1/products/:id': { params: { id: '1' } },
  'POST /api/v1/dossiers/batches': {
    body: {
      source: 'MOTCUA_58',
      dossiers: [{ sourceId: 'HS-1', procedureCode: 'DAT_DAI.001', field: 'DAT_DAI', channel: 'online', unit: '58', receivedOn: '2023-03-01' }],
    },
  },
  'GET /api/v1/dossiers': { query: { unit: '58', period: '2023S1' } },
  'GET /api/v1/dossiers/summary': { query: { unit: '58', period: '2023S1' } },
  'GET /api/v1/dossiers/:id': { params: { id: '1' } },
  'GET /api/v1/feedback/reports': { query: { unit: '68', period: '2025' } },
  'POST /api/v1/feedback/reports': { body: { category: 'MOI_TRUONG', description: 'Rác thải đổ trộm đầu hẻm', address: 'Thôn 1', unit: '68' } },
  'GET /api/v1/feedback/reports/:id': { params: { id: '1' } },
  'POST /api/v1/feedback/reports/:id/actions': { params: { id: '1' }, body: { action: 'acknowledge' } },
  'GET /api/v1/feedback/kpis': { query: { unit: '68', period: '2025' } },
  'GET /api/v1/feedback/points': { query: { unit: '68', period: '2025' } },
  'GET /api/v1/public/feedback/:id': { params: { id: '1' } },
  'POST /api/v1/public/feedback': { body: { category: 'MOI_TRUONG', description: 'Rác thải đổ trộm đầu hẻm', address: 'Thôn 1', unit: '68' } },
  'POST /api/v1/public/feedback/track': { body: { token: 'khong-co-token-nay' } },
  'POST /api/v1/public/feedback/rating': { body: { token: 'khong-co-token-nay', rating: 5 } },
  'GET /open311/v2/services/:code.json': { params: { code: 'MOI_TRUONG' } },
  'POST /open311/v2/requests.json': { body: { service_code: 'MOI_TRUONG', description: 'Rác thải đổ trộm đầu hẻm', address_string: 'Thôn 1' } },
  'GET /open311/v2/requests/:id.json': { params: { id: '1' } },
  'GET /open311/v2/tokens/:token.json': { params: { token: 'khong-co-token-nay' } },
  'PATCH /api/v1/products/:id': { params: { id: '2' }, body: { name: 'Nền tảng số y tế' } },
  'POST /api/v1/products/:id/transitions': { params: { id: '2' }, body: { action: 'start' } },
  'GET /api/v1/geo/boundaries': { query: { parent: 'VN' } },
  'GET /api/v1/plans/:code': { params: { code: 'QD749' } },
  'POST /api/v1/plans': { body: { code: 'KH_MOI', name: 'Kế hoạch mới', nameEn: 'A new plan' } },
  'PUT /api/v1/plans/:code': {
    params: { code: 'DN_KH_CDS_2022' },
    body: { name: 'Kế hoạch chuyển đổi số năm 2022 tỉnh Đắk Nông', nameEn: 'Dak Nong DX plan 2022' },
  },
  'POST /api/v1/plans/:code/copy': { params: { code: 'UBQG_KH_2022' }, body: { units: ['67'] } },
  'GET /api/v1/indicators/:code': { params: { code: 'CT_XA_CAP_QUANG' } },
  'GET /api/v1/frameworks/:code': { params: { code: 'DTI_TINH' } },
  'GET /api/v1/frameworks/:code/editions/:edition': { params: { code: 'DTI_TINH', edition: '2022' } },
  'GET /api/v1/frameworks/:code/editions/:edition/scores': { params: { code: 'DTI_TINH', edition: '2022' }, query: { level: 'province', period: '2022' } },
  'POST /api/v1/frameworks/:code/editions/:edition/runs': { params: { code: 'DTI_TINH', edition: '2022' }, body: { period: '2022', level: 'province' } },
  'GET /api/v1/frameworks/:code/editions/:edition/runs': { params: { code: 'DTI_TINH', edition: '2022' } },
  'POST /api/v1/frameworks/:code/editions/:edition/runs/import': {
    params: { code: 'DTI_TINH', edition: '2022' },
    body: { source: { title: 'Kết quả DTI 2022' }, results: [{ unit: '58', score: 0.5934, rank: 27 }] },
  },
  'GET /api/v1/units/:code/scores': { params: { code: '58' } },
  'PUT /api/v1/report-templates/:key': { params: { key: 'rank.change.none' }, body: { text: 'giữ nguyên thứ hạng như năm {previous}' } },
  'DELETE /api/v1/report-templates/:key': { params: { key: 'rank.change.none' } },
  'GET /api/v1/public/indicators/:code': { params: { code: 'CT_XA_CAP_QUANG' }, query: { unit: '67', period: '2022S2' } },
  'GET /api/v1/public/indicators/:code.csv': { params: { code: 'CT_XA_CAP_QUANG' }, query: { unit: '67', period: '2022S2' } },
  'GET /api/v1/public/plans/:code': { params: { code: 'QD749' } },
  'GET /api/v1/public/plans/:code.csv': { params: { code: 'QD749' } },
  'GET /api/v1/public/rankings/:framework/:edition/:period': { params: { framework: 'DTI_TINH', edition: '2022', period: '2022' } },
  'GET /api/v1/public/rankings/:framework/:edition/:period.csv': { params: { framework: 'DTI_TINH', edition: '2022', period: '2022' } },
  'PUT /api/v1/admin/publications/indicators/:code': { params: { code: 'CT_XA_CAP_QUANG' }, body: {} },
  'DELETE /api/v1/admin/publications/indicators/:code': { params: { code: 'CT_XA_CAP_QUANG' } },
  'PUT /api/v1/admin/publications/rankings/:framework/:edition/:period': { params: { framework: 'DTI_TINH', edition: '2022', period: '2022' }, body: {} },
  'DELETE /api/v1/admin/publications/rankings/:framework/:edition/:period': { params: { framework: 'DTI_TINH', edition: '2022', period: '2022' } },
  'GET /api/v1/tasks/:id': { params: { id: '1' } },
  // The demo's tasks (seed-tasks.ts): 7 and 8 in progress, 7 with milestones 3–4, 10 due soon, 11 not started.
  'PUT /api/v1/tasks/:id': {
    params: { id: '8' },
    body: { plan: 'DN_KH_CDS_2022', title: 'Nhiệm vụ', lead: '67', startDate: '2022-02-01', deadline: '2022-12-31' },
  },
  'POST /api/v1/tasks': { body: { plan: 'DN_KH_CDS_2022', title: 'Nhiệm vụ', lead: '67', startDate: '2022-02-01', deadline: '2022-12-31' } },
  'POST /api/v1/tasks/:id/progress': { params: { id: '7' }, body: { percent: 80, content: 'Đã lắp đặt trạm' } },
  'POST /api/v1/tasks/:id/complete': { params: { id: '11' }, body: { completedOn: '2025-06-01', evidence: [{ kind: 'link', url: 'https://so.example/bc' }] } },
  'PUT /api/v1/tasks/:id/milestones/:milestone': { params: { id: '7', milestone: '3' }, body: { doneOn: '2022-09-30' } },
  'POST /api/v1/tasks/:id/:action': { params: { id: '10', action: 'pause' }, body: { reason: 'Chờ kinh phí' } },
  'POST /api/v1/notifications/:id/read': { params: { id: '1' } },
  'GET /api/v1/follow-ups/:id': { params: { id: '1' } },
  'POST /api/v1/follow-ups/:id/explanations': { params: { id: '1' }, body: { content: 'Thiếu thiết bị' } },
  'POST /api/v1/follow-ups/:id/directives': { params: { id: '1' }, body: { content: 'Bổ sung thiết bị', assignee: 'VN', deadline: '2030-12-31' } },
  'POST /api/v1/follow-ups/:id/directives/:directive/progress': { params: { id: '1', directive: '1' }, body: { content: 'Đã mua 20 máy' } },
  // The demo's national plan opens follow-ups 1–3 on the first list; 2 is the one closed, 1 goes through every step.
  'POST /api/v1/follow-ups/:id/close': { params: { id: '2' }, body: { reason: 'Đã điều chỉnh chỉ tiêu' } },
  'PATCH /api/v1/users/:username': { params: { username: 'lanhdao' }, body: { displayName: 'Lãnh đạo' } },
  'POST /api/v1/users/:username/scopes': { params: { username: 'baocao.daknong' }, body: { add: ['67'] } },
  'POST /api/v1/users': { body: { username: 'nguoi.moi', role: 'viewer', password: 'mat-khau-du-dai-2025' } },
  'POST /api/v1/tokens': { body: { name: 'he-thong-moi', units: ['67'] } },
  'PUT /api/v1/data-elements/:code': {
    params: { code: 'WIFI_CONG_CONG' },
    body: {
      name: 'Số điểm Wi-Fi công cộng',
      nameEn: 'Public Wi-Fi hotspots',
      valueType: 'integer',
      timeAggregation: 'last',
      hierarchyAggregation: 'sum',
      periodType: 'yearly',
    },
  },
  'PUT /api/v1/indicators/:code': {
    params: { code: 'CT_THU' },
    body: { name: 'Chỉ tiêu thử', nameEn: 'A test indicator', numerator: `#{${element}}`, factor: 1, decimals: 0, direction: 'higher_is_better' },
  },
  'POST /api/v1/reports': { body: { plan: 'DN_KH_CDS_2022', unit: '67', period: '2022', format: 'md' } },
  'POST /api/v1/reports/preview': { body: { plan: 'DN_KH_CDS_2022', unit: '67', period: '2022' } },
  'POST /api/v1/indicators/formula-check': { body: { numerator: '#{TL_HS_TTHC_TRUC_TUYEN}', unit: '58', period: '2023' } },
};

/** Open311's routes answer in XML under the same path ending in .xml, with the same bases. */
export const BASES: Bases = {
  ...JSON_BASES,
  ...Object.fromEntries(
    Object.entries(JSON_BASES)
      .filter(([route]) => route.includes(' /open311/') && route.endsWith('.json'))
      .map(([route, base]) => [route.replace(/\.json$/, '.xml'), base]),
  ),
};

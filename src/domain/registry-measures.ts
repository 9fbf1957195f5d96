/**
 * What a data element can be derived from instead of being reported: a measure of one of the programme registries
 * (issue 13) — tasks (nhiệm vụ), DX products (sản phẩm CĐS), community digital technology teams (tổ công nghệ số
 * cộng đồng). An element declares `derivedFrom: '<registry>.<measure>'`; the app computes its value at each unit
 * (the records the unit itself owns, never its descendants' — the roll-up adds those) and period, and writes it
 * through the one write path with source `registry`. Nobody types it: a form, import or batch write of a derived
 * element is refused.
 *
 * `stock` measures count the records as they stand at the period's last day (give the element timeAggregation
 * `last`); `flow` measures count what happened inside the period (timeAggregation `sum`).
 */
export const REGISTRY_NAMES = ['tasks', 'products', 'teams'] as const;
export type RegistryName = (typeof REGISTRY_NAMES)[number];

export interface RegistryMeasureInfo {
  registry: RegistryName;
  kind: 'stock' | 'flow';
  name: string;
  nameEn: string;
}

export const REGISTRY_MEASURES = {
  'tasks.total': { registry: 'tasks', kind: 'stock', name: 'Số nhiệm vụ', nameEn: 'Tasks' },
  'tasks.completed': { registry: 'tasks', kind: 'stock', name: 'Số nhiệm vụ đã hoàn thành', nameEn: 'Tasks completed' },
  'tasks.completed_on_time': { registry: 'tasks', kind: 'stock', name: 'Số nhiệm vụ hoàn thành đúng hạn', nameEn: 'Tasks completed on time' },
  'tasks.overdue': { registry: 'tasks', kind: 'stock', name: 'Số nhiệm vụ quá hạn', nameEn: 'Overdue tasks' },
  'products.registered': { registry: 'products', kind: 'stock', name: 'Số sản phẩm CĐS đã đăng ký trong năm', nameEn: 'DX products registered for the year' },
  'products.in_progress': { registry: 'products', kind: 'stock', name: 'Số sản phẩm CĐS đang thực hiện', nameEn: 'DX products in progress' },
  'products.completed': { registry: 'products', kind: 'stock', name: 'Số sản phẩm CĐS đã hoàn thành', nameEn: 'DX products completed' },
  'products.evaluated': { registry: 'products', kind: 'stock', name: 'Số sản phẩm CĐS đã đánh giá', nameEn: 'DX products evaluated' },
  'products.units_with_product': {
    registry: 'products',
    kind: 'stock',
    name: 'Số cơ quan, đơn vị có sản phẩm CĐS đăng ký',
    nameEn: 'Agencies and units with a registered DX product',
  },
  'teams.commune_teams': { registry: 'teams', kind: 'stock', name: 'Số tổ công nghệ số cộng đồng cấp xã', nameEn: 'Commune community tech teams' },
  'teams.commune_members': { registry: 'teams', kind: 'stock', name: 'Số thành viên tổ CNSCĐ cấp xã', nameEn: 'Members of commune teams' },
  'teams.village_teams': { registry: 'teams', kind: 'stock', name: 'Số tổ công nghệ số cộng đồng cấp thôn', nameEn: 'Village community tech teams' },
  'teams.village_members': { registry: 'teams', kind: 'stock', name: 'Số thành viên tổ CNSCĐ cấp thôn', nameEn: 'Members of village teams' },
  'teams.communes_with_team': { registry: 'teams', kind: 'stock', name: 'Số xã có tổ công nghệ số cộng đồng', nameEn: 'Communes with a community tech team' },
  'teams.activities': { registry: 'teams', kind: 'flow', name: 'Số hoạt động của tổ CNSCĐ', nameEn: 'Community tech team activities' },
  'teams.people_supported': { registry: 'teams', kind: 'flow', name: 'Số lượt người dân được hỗ trợ', nameEn: 'People supported by the teams' },
} as const satisfies Record<string, RegistryMeasureInfo>;

export type RegistryMeasure = keyof typeof REGISTRY_MEASURES;
export const REGISTRY_MEASURE_CODES = Object.keys(REGISTRY_MEASURES) as RegistryMeasure[];

export function isRegistryMeasure(value: unknown): value is RegistryMeasure {
  return typeof value === 'string' && Object.hasOwn(REGISTRY_MEASURES, value);
}

/** The measures of one registry. */
export function measuresOf(registry: RegistryName): RegistryMeasure[] {
  return REGISTRY_MEASURE_CODES.filter((m) => REGISTRY_MEASURES[m].registry === registry);
}

import type { DataElement } from '../metadata.ts';
import type { FrameworkBundle } from './types.ts';

/** The elements a bundle needs: its own list plus one yearly number per published main index. */
export function bundleElements(bundle: FrameworkBundle): DataElement[] {
  const out = new Map<string, DataElement>((bundle.elements ?? []).map((e) => [e.code, e]));
  for (const edition of bundle.editions) {
    for (const main of edition.mainIndices) {
      if (!main.publishedElement || out.has(main.publishedElement)) continue;
      out.set(main.publishedElement, {
        code: main.publishedElement,
        name: `${main.name} — giá trị công bố (${bundle.framework.code})`,
        nameEn: `${main.code} — published value (${bundle.framework.code})`,
        description: 'Giá trị chỉ số chính đã công bố, từ 0 đến 1 / published main-index value, 0..1',
        valueType: 'number',
        timeAggregation: 'last',
        hierarchyAggregation: 'none',
        periodType: 'yearly',
      });
    }
  }
  return [...out.values()];
}

/** The open-data catalogue as DCAT JSON-LD (W3C DCAT 2: dcat:Catalog, dcat:Dataset, dcat:Distribution; dct terms). */
import type { Catalog } from './catalog.ts';

export function catalogJsonLd(catalog: Catalog): Record<string, unknown> {
  const publisher = { '@type': 'foaf:Agent', 'foaf:name': catalog.publisher };
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@type': 'dcat:Catalog',
    'dct:title': catalog.title,
    'dct:description': catalog.description,
    'dct:publisher': publisher,
    'dct:license': { '@id': catalog.license.url },
    'foaf:homepage': { '@id': catalog.homepage },
    'dcat:dataset': catalog.datasets.map((d) => ({
      '@type': 'dcat:Dataset',
      'dct:identifier': d.identifier,
      'dct:title': d.title,
      'dct:description': d.description,
      'dct:publisher': publisher,
      'dct:license': { '@id': d.license.url },
      'dcat:keyword': d.keywords,
      'dcat:theme': d.theme,
      ...(d.temporal
        ? {
            'dct:temporal': {
              '@type': 'dct:PeriodOfTime',
              'dcat:startDate': { '@value': d.temporal.start, '@type': 'xsd:date' },
              'dcat:endDate': { '@value': d.temporal.end, '@type': 'xsd:date' },
            },
          }
        : {}),
      ...(d.spatial.length ? { 'dct:spatial': d.spatial.map((code) => ({ '@type': 'dct:Location', 'dct:identifier': code })) } : {}),
      ...(d.accrualPeriodicity ? { 'dct:accrualPeriodicity': { '@id': d.accrualPeriodicity } } : {}),
      'dct:issued': { '@value': d.issued, '@type': 'xsd:dateTime' },
      'dct:modified': { '@value': d.modified, '@type': 'xsd:dateTime' },
      'dcat:distribution': d.distributions.map((x) => ({
        '@type': 'dcat:Distribution',
        'dct:title': x.title,
        'dct:format': x.format,
        'dcat:mediaType': x.mediaType,
        'dcat:downloadURL': { '@id': x.downloadURL },
      })),
    })),
  };
}

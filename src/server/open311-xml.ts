/**
 * Open311 GeoReport v2 in XML (the specification's other format: `services.xml`, `requests.xml`, …), built by
 * fast-xml-parser from the same answers the JSON routes give: a list is its plural element holding one element per
 * item (`<services><service>…`, `<service_requests><request>…`, `<errors><error>…`), a null field an empty element.
 */
import { XMLBuilder } from 'fast-xml-parser';

const builder = new XMLBuilder({ format: true, suppressEmptyNode: true });
const DECLARATION = '<?xml version="1.0" encoding="utf-8"?>\n';

export const OPEN311_XML_TYPE = 'text/xml; charset=utf-8';

/** The root and item element of each kind of answer. */
export const OPEN311_XML_ELEMENTS = {
  services: ['services', 'service'],
  requests: ['service_requests', 'request'],
  errors: ['errors', 'error'],
} as const;

/** A list answer as XML: `<root><item>…</item>…</root>`. */
export function open311ListXml(kind: keyof typeof OPEN311_XML_ELEMENTS, items: readonly object[]): string {
  const [root, item] = OPEN311_XML_ELEMENTS[kind];
  return DECLARATION + builder.build({ [root]: { [item]: items.map(withoutNulls) } });
}

/** A service definition (services/{code}.xml): `<service_definition><service_code>…</service_code><attributes/>`. */
export function open311DefinitionXml(definition: { service_code: string; attributes: readonly unknown[] }): string {
  return DECLARATION + builder.build({ service_definition: { service_code: definition.service_code, attributes: '' } });
}

/** Whether an Open311 path asks for XML (its last segment ends in .xml). */
export function wantsOpen311Xml(url: string): boolean {
  const path = url.split('?')[0] ?? '';
  return path.endsWith('.xml');
}

function withoutNulls(item: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(item).map(([k, v]) => [k, v === null || v === undefined ? '' : v]));
}

import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';

/**
 * One parsed metadata element: each child element's name maps to its occurrences, in file order
 * (every element is a list, so a repeated element reads the same as a single one); attributes are
 * `@name` keys, text is `#text`.
 */
export type Xml = { [name: string]: unknown };

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, isArray: () => true });

/** The root element of a metadata XML file, which must be `<root>`. */
export function readXml(file: string, root: string): Xml {
  const doc = parser.parse(readFileSync(file, 'utf8')) as Xml;
  const top = children(doc, root)[0];
  if (!top) throw new Error(`${file}: the root element is not <${root}>`);
  return top;
}

/** The child elements named `name` (a text-only element reads as `{ '#text': … }`). */
export function children(element: Xml, name: string): Xml[] {
  const found = element[name];
  if (!Array.isArray(found)) return [];
  return found.map((v) => (typeof v === 'object' && v !== null ? (v as Xml) : { '#text': String(v) }));
}

/** The text of the first child element named `name`, or undefined when there is none. */
export function text(element: Xml, name: string): string | undefined {
  const child = children(element, name)[0];
  if (!child) return undefined;
  const value = child['#text'];
  return value === undefined ? '' : String(value);
}

/** The value of attribute `name` (e.g. `xsi:type`) on an element. */
export function attribute(element: Xml, name: string): string | undefined {
  const value = element[`@${name}`];
  return Array.isArray(value) ? String(value[0]) : value === undefined ? undefined : String(value);
}

/** The names of an element's child elements, attributes and text left out. */
export function childNames(element: Xml): string[] {
  return Object.keys(element).filter((k) => !k.startsWith('@') && k !== '#text');
}

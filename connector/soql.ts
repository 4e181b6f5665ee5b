/** A SOQL text whose values were bound through `soql`, never concatenated raw; it may itself be interpolated into another `soql` text. */
export class Soql {
  constructor(readonly text: string) {}
}

/** A value `soql` can bind: text, numbers, booleans, dates, null, or a list of them (for `IN`). */
export type SoqlValue = string | number | boolean | Date | null | readonly (string | number | boolean | Date)[];

/** A date-only value (`YYYY-MM-DD`), bound unquoted as SOQL wants dates. */
export class SoqlDate {
  constructor(readonly day: string) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day))) throw new RangeError(`soql: not a date: ${day}`);
  }
}

/**
 * Builds SOQL with every interpolated value bound safely: strings quoted with `\` escapes for
 * quote, backslash and control characters (Salesforce's escape sequences), numbers checked finite,
 * `Date` as a UTC datetime, `SoqlDate` as a date, arrays as `(a, b)` for `IN`, `contains(text)` as a
 * LIKE pattern. Object and field
 * names are not values: pass them through `soqlName`, which accepts only identifiers.
 */
export function soql(strings: TemplateStringsArray, ...values: (SoqlValue | SoqlDate | SoqlName | SoqlContains | SoqlRef | Soql)[]): Soql {
  let text = strings[0]!;
  values.forEach((v, i) => {
    text += bind(v) + strings[i + 1]!;
  });
  return new Soql(text);
}

/** An object or field name to put in SOQL: checked to be an identifier path (`Order.Account.Name`, `OO_Proposal__c`). */
export class SoqlName {
  constructor(readonly name: string) {
    if (!/^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*$/.test(name)) throw new RangeError(`soql: not a field or object name: ${name}`);
  }
}

/** `new SoqlName(name)`, shorter. */
export function soqlName(name: string): SoqlName {
  return new SoqlName(name);
}

/** A list of field names for `SELECT`, comma-separated, each checked as `soqlName` does. */
export function soqlNames(names: readonly string[]): Soql {
  if (names.length === 0) throw new RangeError('soql: no field names');
  return new Soql(names.map((n) => new SoqlName(n).name).join(', '));
}

function bind(v: SoqlValue | SoqlDate | SoqlName | SoqlContains | SoqlRef | Soql): string {
  if (v instanceof SoqlName) return v.name;
  if (v instanceof SoqlRef) return `'@{${v.path}}'`;
  if (v instanceof Soql) return v.text;
  // LIKE's own escapes (\% and \_) come after the string escapes, so their backslash stays single.
  if (v instanceof SoqlContains) return `'%${escapeString(v.text).replace(/[%_]/g, (c) => '\\' + c)}%'`;
  if (v instanceof SoqlDate) return v.day;
  if (Array.isArray(v)) {
    if (v.length === 0) throw new RangeError('soql: an empty list cannot be bound (IN () is not valid SOQL)');
    return `(${v.map((x) => bind(x)).join(', ')})`;
  }
  if (v === null) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new RangeError(`soql: not a finite number: ${v}`);
    return String(v);
  }
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) throw new RangeError('soql: invalid date');
    return v.toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  return `'${escapeString(String(v))}'`;
}

/** Salesforce's SOQL string escapes: \' \" \\ \n \r \t \b \f. */
function escapeString(s: string): string {
  return s.replace(/[\\'"\n\r\t\b\f]/g, (c) => ({ '\\': '\\\\', "'": "\\'", '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' })[c]!);
}

/** A LIKE pattern matching text that contains `text` (its own `%` and `_` matched literally). */
export class SoqlContains {
  constructor(readonly text: string) {}
}

/** `new SoqlContains(text)`, shorter: `soql\`… WHERE Name LIKE ${contains(search)}\``. */
export function contains(text: string): SoqlContains {
  return new SoqlContains(text);
}

/**
 * A value of an earlier subrequest of the same Composite request (`@{setting.records[0].Field__c}`),
 * bound as a quoted string that Salesforce fills in before running the query. Only for values the
 * caller checks afterwards (an id read back and compared): Salesforce puts the text in as it is.
 */
export class SoqlRef {
  constructor(readonly path: string) {
    if (!/^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+|\[\d+\])*$/.test(path)) throw new RangeError(`soql: not a Composite reference: ${path}`);
  }
}

/** `new SoqlRef(path)`, shorter: `soql\`… WHERE Id = ${compositeRef('setting.records[0].Id')}\``. */
export function compositeRef(path: string): SoqlRef {
  return new SoqlRef(path);
}

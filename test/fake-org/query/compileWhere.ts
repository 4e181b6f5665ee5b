import { FakeOrgError } from '../FakeOrgError.js';
import type { OrgStore, SRecord } from '../OrgStore.js';
import { comparable, compareKeys, inRange } from './compareValues.js';
import { fieldPath } from './fieldPath.js';
import { literal, type Literal } from './literal.js';

/** The parser's WHERE node: a condition, then an operator and the rest (or NOT and the rest). */
interface WhereNode {
  left: Condition | null;
  operator?: 'AND' | 'OR' | 'NOT';
  right?: WhereNode;
}

interface Condition {
  field?: string;
  operator: string;
  value: string | string[];
  literalType?: string | string[];
  openParen?: number;
  closeParen?: number;
}

type Predicate = (r: SRecord) => boolean;
type Token = '(' | ')' | 'AND' | 'OR' | 'NOT' | Predicate;

/**
 * The WHERE clause as one predicate over records of `objectName`, compiled once per query:
 * parentheses, NOT, AND before OR; each condition's field path, literal and LIKE pattern resolved
 * up front. Comparisons follow SOQL: text case-insensitive, ids on 15 characters, dates by day
 * (date literals as ranges), `= null` and `!= null`.
 */
export function compileWhere(store: OrgStore, objectName: string, where: WhereNode | undefined, now: number): Predicate {
  if (!where) return () => true;
  const tokens: Token[] = [];
  for (let node: WhereNode | undefined = where; node; node = node.right) {
    if (node.left) {
      for (let i = 0; i < (node.left.openParen ?? 0); i++) tokens.push('(');
      tokens.push(condition(store, objectName, node.left, now));
      for (let i = 0; i < (node.left.closeParen ?? 0); i++) tokens.push(')');
    }
    if (node.operator) tokens.push(node.operator);
  }
  let at = 0;
  const fail = () => new FakeOrgError('MALFORMED_QUERY', 'unexpected token in WHERE', 400);
  const expr = (): Predicate => {
    let p = term();
    while (tokens[at] === 'OR') {
      at++;
      const a = p;
      const b = term();
      p = (r) => a(r) || b(r);
    }
    return p;
  };
  const term = (): Predicate => {
    let p = factor();
    while (tokens[at] === 'AND') {
      at++;
      const a = p;
      const b = factor();
      p = (r) => a(r) && b(r);
    }
    return p;
  };
  const factor = (): Predicate => {
    const t = tokens[at++];
    if (t === 'NOT') {
      const p = factor();
      return (r) => !p(r);
    }
    if (t === '(') {
      const p = expr();
      if (tokens[at++] !== ')') throw fail();
      return p;
    }
    if (typeof t === 'function') return t;
    throw fail();
  };
  const predicate = expr();
  if (at !== tokens.length) throw fail();
  return predicate;
}

function condition(store: OrgStore, objectName: string, c: Condition, now: number): Predicate {
  if (!c.field) throw new FakeOrgError('MALFORMED_QUERY', 'only field conditions are supported', 400);
  const path = fieldPath(store, objectName, c.field);
  const op = c.operator.toUpperCase();
  const values = Array.isArray(c.value) ? c.value : [c.value];
  const types = Array.isArray(c.literalType) ? c.literalType : values.map(() => String(c.literalType ?? 'STRING'));
  const literals = values.map((v, i) => literal(v, types[i] ?? types[0]!, now));
  const key = (r: SRecord) => comparable(path.field, path.get(r));

  if (op === 'LIKE') {
    const pattern = literals[0]!.kind === 'value' ? String(literals[0]!.value) : '';
    const regex = likeRegex(pattern);
    return (r) => {
      const v = path.get(r);
      return v !== null && regex.test(String(v));
    };
  }
  const matchesOne = (l: Literal, k: ReturnType<typeof comparable>, operator: string): boolean => {
    if (l.kind === 'range') {
      return typeof k === 'number' && inRange(operator, k, l.start, l.end);
    }
    if (l.value === null) return operator === '=' ? k === null : (operator === '!=' || operator === '<>') && k !== null;
    if (k === null) return operator === '!=' || operator === '<>';
    const lit = path.field.type === 'datetime' && typeof l.value === 'number' ? l.value : comparable(path.field, l.value);
    if (lit === null) return false;
    const cmp = compareKeys(k, lit);
    switch (operator) {
      case '=':
        return cmp === 0;
      case '!=':
      case '<>':
        return cmp !== 0;
      case '<':
        return cmp < 0;
      case '<=':
        return cmp <= 0;
      case '>':
        return cmp > 0;
      case '>=':
        return cmp >= 0;
      default:
        throw new FakeOrgError('MALFORMED_QUERY', `unsupported operator ${operator}`, 400);
    }
  };
  if (op === 'IN') return (r) => literals.some((l) => matchesOne(l, key(r), '='));
  if (op === 'NOT IN') return (r) => literals.every((l) => !matchesOne(l, key(r), '='));
  return (r) => matchesOne(literals[0]!, key(r), op);
}

/** SOQL LIKE as a case-insensitive regular expression: `%` any run, `_` one character, `\%` and `\_` themselves. */
function likeRegex(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\' && (pattern[i + 1] === '%' || pattern[i + 1] === '_')) source += escapeRegex(pattern[++i]!);
    else if (ch === '%') source += '.*';
    else if (ch === '_') source += '.';
    else source += escapeRegex(ch);
  }
  return new RegExp(`^${source}$`, 'is');
}

function escapeRegex(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

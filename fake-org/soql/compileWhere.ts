import type { WhereClause } from '@jetstreamapp/soql-parser-js';
import type { OrgStore } from '../OrgStore.js';
import { compileCondition, type Predicate } from './compileCondition.js';
import { malformedQuery } from './malformedQuery.js';

type Token = '(' | ')' | 'AND' | 'OR' | 'NOT' | Predicate;

/**
 * The WHERE clause as one predicate, compiled once per query. The parser gives a flat chain of
 * conditions with their parentheses counted; this reads it back as SOQL does: parentheses, NOT on
 * what follows, and AND or OR (mixing both at one level without parentheses is `MALFORMED_QUERY`,
 * as in Salesforce).
 */
export function compileWhere(store: OrgStore, objectName: string, where: WhereClause | undefined, now: number): Predicate {
  if (!where) return () => true;
  const tokens: Token[] = [];
  for (let node: WhereClause | undefined = where; node; node = 'right' in node ? node.right : undefined) {
    const left = node.left as { openParen?: number; closeParen?: number; operator?: string } | null;
    if (left) {
      for (let i = 0; i < (left.openParen ?? 0); i++) tokens.push('(');
      if (left.operator) tokens.push(compileCondition(store, objectName, left as never, now));
      for (let i = 0; i < (left.closeParen ?? 0); i++) tokens.push(')');
    }
    if ('operator' in node && node.operator) tokens.push(node.operator);
  }

  let at = 0;
  const unexpected = () => malformedQuery(`unexpected token: '${typeof tokens[at] === 'function' ? 'condition' : (tokens[at] ?? 'end of WHERE')}'`);
  const expression = (): Predicate => {
    const parts = [operand()];
    let joiner: 'AND' | 'OR' | null = null;
    while (tokens[at] === 'AND' || tokens[at] === 'OR') {
      if (joiner && tokens[at] !== joiner) throw unexpected();
      joiner = tokens[at++] as 'AND' | 'OR';
      parts.push(operand());
    }
    if (parts.length === 1) return parts[0]!;
    if (parts.length === 2) {
      const [a, b] = parts as [Predicate, Predicate];
      return joiner === 'AND' ? (r) => a(r) && b(r) : (r) => a(r) || b(r);
    }
    return joiner === 'AND' ? (r) => parts.every((p) => p(r)) : (r) => parts.some((p) => p(r));
  };
  const operand = (): Predicate => {
    const t = tokens[at];
    if (t === 'NOT') {
      at++;
      const p = operand();
      return (r) => !p(r);
    }
    if (t === '(') {
      at++;
      const p = expression();
      if (tokens[at] !== ')') throw unexpected();
      at++;
      return p;
    }
    if (typeof t === 'function') {
      at++;
      return t;
    }
    throw unexpected();
  };
  const predicate = expression();
  if (at !== tokens.length) throw unexpected();
  return predicate;
}

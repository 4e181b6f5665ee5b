import { SEGMENTS, type Segment } from '../segments/index.js';
import { RuleError, type RuleErrorCode } from './RuleError.js';
import { showJson as show } from './showJson.js';

/** A number's allowed range; `*Open` excludes the bound itself. */
export interface Range {
  min?: number;
  max?: number;
  minOpen?: boolean;
  maxOpen?: boolean;
  integer?: boolean;
}

/**
 * Reads one rule (or promotion) given as JSON, field by field, and throws a `RuleError` naming the
 * rule and field at the first mistake. It refuses anything that is not an object and any key not
 * in `keys` (a misspelt `discountPrecent` must not be silently ignored). Fields are read in the
 * order the caller asks, so the first problem found is the one reported.
 */
export class RuleFields {
  private readonly o: Record<string, unknown>;

  constructor(
    value: unknown,
    /** The rule's name (or place) for messages; `name()` replaces it with the rule's own name. */
    public rule: string,
    keys: readonly string[],
    private readonly label: 'rule' | 'promotion' = 'rule',
    /** Prefix of field names in messages, e.g. `when.` for a rule's condition. */
    private readonly prefix = '',
  ) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail('NOT_AN_OBJECT', prefix.replace(/\.$/, ''), `${prefix ? prefix.replace(/\.$/, '') + ' ' : ''}must be a JSON object, got ${show(value)}`);
    }
    this.o = value as Record<string, unknown>;
    // A rule's own name, when usable, names it from the first message on (a condition has none).
    const own = this.o.name;
    if (!prefix && typeof own === 'string' && own.trim() !== '') this.rule = own;
    for (const key of Object.keys(this.o)) {
      if (!keys.includes(key)) this.fail('UNKNOWN_KEY', prefix + key, `unknown field "${prefix + key}" (expected ${keys.join(', ')})`);
    }
  }

  /** Throws a `RuleError` about `field` of this rule. */
  fail(code: RuleErrorCode, field: string, problem: string): never {
    throw new RuleError(code, this.rule, field, problem, this.label);
  }

  /** Whether the field is given (present and not `undefined`). */
  has(key: string): boolean {
    return this.o[key] !== undefined;
  }

  /** The rule's `name`: a non-empty string, which then names the rule in later messages. */
  name(): string {
    this.rule = this.string('name');
    return this.rule;
  }

  /** A required non-empty string (trimmed of nothing: names are kept as written). */
  string(key: string): string {
    const v = this.required(key);
    if (typeof v !== 'string' || v.trim() === '') this.fail('WRONG_TYPE', this.prefix + key, `${this.prefix + key} must be a non-empty string, got ${show(v)}`);
    return v;
  }

  /** A required finite number within `range`. */
  number(key: string, range: Range = {}): number {
    const v = this.required(key);
    const field = this.prefix + key;
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail('WRONG_TYPE', field, `${field} must be a number, got ${show(v)}`);
    const { min, max, minOpen, maxOpen, integer } = range;
    const outside =
      (integer && !Number.isInteger(v)) ||
      (min !== undefined && (minOpen ? v <= min : v < min)) ||
      (max !== undefined && (maxOpen ? v >= max : v > max));
    if (outside) this.fail('OUT_OF_RANGE', field, `${field} must be ${describeRange(range)}, got ${v}`);
    return v;
  }

  /** A required string among `allowed`. */
  oneOf<T extends string>(key: string, allowed: readonly T[]): T {
    const v = this.required(key);
    const field = this.prefix + key;
    if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
      this.fail(typeof v === 'string' ? 'UNKNOWN_VALUE' : 'WRONG_TYPE', field, `${field} must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, got ${show(v)}`);
    }
    return v as T;
  }

  /** A required non-empty array of strings among `allowed` (any non-empty string when omitted). */
  list<T extends string = string>(key: string, allowed?: readonly T[]): T[] {
    const v = this.required(key);
    const field = this.prefix + key;
    if (!Array.isArray(v) || v.length === 0) this.fail('WRONG_TYPE', field, `${field} must be a non-empty array, got ${show(v)}`);
    for (const x of v) {
      if (typeof x !== 'string' || x.trim() === '') this.fail('WRONG_TYPE', field, `${field} must hold non-empty strings, got ${show(x)}`);
      if (allowed && !(allowed as readonly string[]).includes(x)) {
        this.fail('UNKNOWN_VALUE', field, `${field} has unknown value "${x}" (expected ${allowed.map((a) => `"${a}"`).join(', ')})`);
      }
    }
    return [...(v as T[])];
  }

  /** A required non-empty list of segments (`new`, `one-time`, `active`, `at-risk`, `lapsed`). */
  segments(key: string): Segment[] {
    return this.list(key, SEGMENTS);
  }

  /** A required segment. */
  segment(key: string): Segment {
    return this.oneOf(key, SEGMENTS);
  }

  /** A required calendar date `YYYY-MM-DD` (a real day: 2011-02-30 is refused). */
  date(key: string): string {
    const v = this.string(key);
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    const day = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : null;
    if (!day || day.toISOString().slice(0, 10) !== v) this.fail('INVALID_DATE', this.prefix + key, `${this.prefix + key} must be a date YYYY-MM-DD, got ${show(v)}`);
    return v;
  }

  /** The raw value of a field, for nested readers. */
  raw(key: string): unknown {
    return this.o[key];
  }

  private required(key: string): unknown {
    const v = this.o[key];
    if (v === undefined) this.fail('MISSING_FIELD', this.prefix + key, `${this.prefix + key} is missing`);
    return v;
  }
}

/** "between 0 and 100", "more than 0 and less than 100", "at least 1", "a whole number at least 0". */
function describeRange({ min, max, minOpen, maxOpen, integer }: Range): string {
  const whole = integer ? 'a whole number ' : '';
  if (min !== undefined && max !== undefined && !minOpen && !maxOpen) return `${whole}between ${min} and ${max}`;
  const parts: string[] = [];
  if (min !== undefined) parts.push(`${minOpen ? 'more than' : 'at least'} ${min}`);
  if (max !== undefined) parts.push(`${maxOpen ? 'less than' : 'at most'} ${max}`);
  return whole + (parts.join(' and ') || 'a number');
}


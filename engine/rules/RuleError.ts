/** What kind of mistake a `RuleError` reports: stable, for programs and tests. */
export type RuleErrorCode =
  | 'NOT_AN_OBJECT'
  | 'UNKNOWN_KEY'
  | 'MISSING_FIELD'
  | 'WRONG_TYPE'
  | 'OUT_OF_RANGE'
  | 'UNKNOWN_VALUE'
  | 'INVALID_DATE'
  | 'DUPLICATE_NAME'
  | 'CONFLICT'
  | 'TOO_DEEP';

/**
 * The rules boundary's one error type: a rule or promotion an admin wrote is wrong. A real `Error`
 * subclass, so it crosses the worker intact. The message names the rule and what is wrong, e.g.
 * `rule "win-back discount": discountPercent must be between 0 and 100, got 150`.
 */
export class RuleError extends Error {
  override readonly name = 'RuleError';

  constructor(
    /** The kind of mistake. */
    readonly code: RuleErrorCode,
    /** The rule's (or promotion's) name, or its place (`priceRules[2]`) when it has no usable name. */
    readonly rule: string,
    /** The field that is wrong (`discountPercent`, `when.segments`), `''` for the rule as a whole. */
    readonly field: string,
    /** What is wrong, without the rule's name. */
    readonly problem: string,
    /** What the thing is called in the message: `rule` or `promotion`. */
    readonly label: 'rule' | 'promotion' = 'rule',
  ) {
    super(`${label} "${rule}": ${problem}`);
  }
}

/**
 * An admin's record the engine refused, left out so the proposal is still made: a business rule
 * (`OO_BusinessRule__mdt`), a promotion (`OO_Promotion__c`) or the engine settings' novelty
 * thresholds (`OO_EngineSetting__mdt.Default`), or the account's insight (`OO_AccountInsight__c`, whose
 * text the engine refused: the order is made without its neighbours' scores), or a guided-selling
 * attribute mapping (`OO_ProductAttribute__mdt`) whose Product2 field the org does not have. Plain
 * data: it crosses the worker boundary.
 */
export interface IgnoredRecord {
  kind: 'rule' | 'promotion' | 'setting' | 'insight' | 'attribute';
  /** The rule's label, the promotion's name, `Default` for the engine settings, the insight's object and record id. */
  name: string;
  /** The field to fix, as the admin sees it in Setup: `OO_DiscountPercent__c`; inside a rule's JSON definition `OO_Definition__c › weight`. */
  field: string;
  /** What is wrong, in the engine's words (`weight must be above 0 and at most 10, got -1`). */
  problem: string;
  /** Where the admin fixes it, in words: `Setup › Custom Metadata Types › Optimal Order Business Rule › "push bunting"`. */
  where: string;
}

import type { OrgStore } from '../../fake-org/OrgStore.js';

/** What `seedDemoExamples` wrote, for a log line or a test. */
export interface DemoExamples {
  rules: number;
  promotions: number;
  costs: number;
}

/**
 * The demo org as an admin would configure it after installing the package: each rule of the
 * example rules file (`examples/rules.json`) as an active `OO_BusinessRule__mdt` record (its name
 * the label, the rest its JSON definition, as the admin guide says), each example promotion as an
 * `OO_Promotion__c`, and a unit cost on every product (`demoUnitCost`), so promotions, price steps
 * and margin show out of the box.
 */
export function seedDemoExamples(store: OrgStore, rules: Readonly<Record<string, unknown>>, promotions: readonly Record<string, unknown>[]): DemoExamples {
  let ruleCount = 0;
  for (const [section, value] of Object.entries(rules)) {
    // `novelty` is one object (the thresholds); the other sections are lists of named rules.
    const entries = Array.isArray(value) ? (value as Record<string, unknown>[]) : [{ name: section, ...(value as object) }];
    for (const { name, ...definition } of entries) {
      const label = String(name ?? section);
      const record = { DeveloperName: label.replace(/\W+/g, '_').replace(/^_|_$/g, '') || section, MasterLabel: label, OO_Section__c: section, OO_Definition__c: JSON.stringify(Array.isArray(value) ? definition : value), OO_Active__c: true };
      store.create('OO_BusinessRule__mdt', record, { asSystem: true });
      ruleCount++;
    }
  }
  for (const p of promotions) store.create('OO_Promotion__c', promotionRecord(p), { asSystem: true });
  let costs = 0;
  const codes = new Map([...store.records('Product2')].map((p) => [p.Id, String(p.ProductCode ?? '')] as const));
  for (const entry of store.records('PricebookEntry')) {
    const code = codes.get(String(entry.Product2Id));
    if (code === undefined || typeof entry.UnitPrice !== 'number') continue;
    store.update('Product2', String(entry.Product2Id), { OO_UnitCost__c: demoUnitCost(code, entry.UnitPrice) });
    costs++;
  }
  return { rules: ruleCount, promotions: promotions.length, costs };
}

/** One promotion of the promotions file as the record an admin enters on the promotions tab. */
function promotionRecord(p: Record<string, unknown>): Record<string, unknown> {
  return {
    Name: p.name,
    ...(p.group ? { OO_ProductGroup__c: p.group } : { OO_ProductCodes__c: ((p.productIds as string[] | undefined) ?? []).join(', ') }),
    OO_DiscountPercent__c: p.discountPercent,
    OO_ValidFrom__c: p.validFrom,
    OO_ValidTo__c: p.validTo,
    ...(Array.isArray(p.segments) ? { OO_Segments__c: p.segments.join(';') } : {}),
    ...(typeof p.minQuantity === 'number' ? { OO_MinQuantity__c: p.minQuantity } : {}),
  };
}

/**
 * An example unit cost: the shared data has none, so the demo makes one between 55 % and 70 % of
 * the list price (a gift wholesaler's usual 30–45 % gross margin), fixed per product code (a
 * hash), so the margin differs from line to line and is the same on every start.
 */
export function demoUnitCost(productCode: string, listPrice: number): number {
  let hash = 2166136261;
  for (let i = 0; i < productCode.length; i++) hash = Math.imul(hash ^ productCode.charCodeAt(i), 16777619);
  const share = 0.55 + ((hash >>> 0) % 16) / 100;
  return Math.round(listPrice * share * 100) / 100;
}

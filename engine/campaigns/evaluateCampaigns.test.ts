import { describe, expect, it } from 'vitest';
import { campaignFixture, FIXTURE_AS_OF } from './campaignFixture.testing.js';
import { evaluateCampaigns } from './evaluateCampaigns.js';

describe('evaluateCampaigns', () => {
  it('judges every method per kind on the products chosen at the cut-off; the model finds the planted buyers', () => {
    const h = campaignFixture();
    const e = evaluateCampaigns(h, FIXTURE_AS_OF, 62, { trainingProducts: 5 }, 20, { windowDays: 90, pool: 10, every: 1 });
    expect(e.products).toContain('YEAST');
    expect(e.rows.map((r) => `${r.kind}/${r.method.split(' ')[0]}`)).toEqual([
      'cross-sell/activity', 'cross-sell/item-kNN', 'cross-sell/propensity',
      'up-sell/activity', 'up-sell/item-kNN', 'up-sell/propensity',
      'reactivation/activity', 'reactivation/item-kNN', 'reactivation/propensity',
    ]);
    const row = (kind: string, method: string) => e.rows.find((r) => r.kind === kind && r.method.startsWith(method))!;
    // Activity knows nothing of bakers and yeast; the model does.
    expect(row('cross-sell', 'propensity').auc).toBeGreaterThan(row('cross-sell', 'activity').auc + 0.1);
    expect(row('up-sell', 'activity').candidates).toBeGreaterThan(0); // florists buying V10S, offered V10L
    // The calibration table covers every cross-sell account ranked by the model.
    expect(e.calibration.reduce((n, b) => n + b.count, 0)).toBe(row('cross-sell', 'propensity').candidates);
  });
});

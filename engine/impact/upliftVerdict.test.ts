import { describe, expect, it } from 'vitest';
import type { UpliftEstimate } from './estimateUplift.js';
import { upliftVerdict } from './upliftVerdict.js';

function uplift(estimate: number, halfWidth: number, moreNeeded: number | null): UpliftEstimate {
  return {
    estimate,
    ci95: [estimate - halfWidth, estimate + halfWidth],
    standardError: halfWidth / 1.96,
    treated: 700,
    control: 300,
    meanTreated: 1 + estimate,
    meanControl: 1,
    unadjusted: estimate,
    varianceExplained: 0.5,
    significant: Math.abs(estimate) > halfWidth,
    moreNeeded,
  };
}

describe('upliftVerdict', () => {
  it('says a significant uplift is real', () => {
    expect(upliftVerdict(uplift(0.062, 0.031, 0), 'en')).toBe('+6.2% ± 3.1%: the difference is real');
    expect(upliftVerdict(uplift(0.062, 0.031, 0), 'es')).toBe('+6,2\u00a0% ± 3,1\u00a0%: la diferencia es real');
  });

  it('says a significant drop is real too', () => {
    expect(upliftVerdict(uplift(-0.08, 0.03, 0), 'en')).toBe('-8% ± 3%: treated accounts bought less, and the difference is real');
  });

  it('says how many more accounts are needed, to two significant figures', () => {
    expect(upliftVerdict(uplift(0.03, 0.05, 12_345), 'en')).toBe(
      '+3% ± 5%: not yet significant: about 12,000 more accounts needed (to find a difference this size 8 times in 10)',
    );
    expect(upliftVerdict(uplift(0.03, 0.05, 1), 'es')).toMatch(/falta aproximadamente 1 cuenta más/);
  });

  it('says when there is no difference, and when there is no comparison group', () => {
    expect(upliftVerdict(uplift(0, 0.05, null), 'en')).toBe('0% ± 5%: not yet significant: no difference so far');
    expect(upliftVerdict(null, 'en')).toMatch(/set a control share/);
  });
});

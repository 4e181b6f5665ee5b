import { describe, expect, it } from 'vitest';
import { controlGroup } from './controlGroup.js';
import { stableHash } from './stableHash.js';

const ids = Array.from({ length: 20_000 }, (_, i) => `001${String(i).padStart(12, '0')}AAA`);

describe('controlGroup', () => {
  it('is deterministic: the same account and period give the same group', () => {
    for (const id of ids.slice(0, 500)) expect(controlGroup(id, '2026-03', 0.3)).toBe(controlGroup(id, '2026-03', 0.3));
  });

  it('puts nobody in the control group at share 0, everybody at share 1', () => {
    expect(ids.some((id) => controlGroup(id, '2026-03', 0))).toBe(false);
    expect(ids.every((id) => controlGroup(id, '2026-03', 1))).toBe(true);
  });

  it('draws close to the share over many ids', () => {
    for (const share of [0.05, 0.3, 0.5]) {
      const n = ids.filter((id) => controlGroup(id, '2026-03', share)).length;
      // 4 standard errors of a binomial proportion over 20,000 ids
      expect(Math.abs(n / ids.length - share)).toBeLessThan(4 * Math.sqrt((share * (1 - share)) / ids.length));
    }
  });

  it('redraws each period independently of the last', () => {
    const march = ids.map((id) => controlGroup(id, '2026-03', 0.3));
    const april = ids.map((id) => controlGroup(id, '2026-04', 0.3));
    const both = march.filter((c, i) => c && april[i]).length / ids.length;
    expect(march.some((c, i) => c !== april[i])).toBe(true);
    // independent draws: P(control both months) ≈ 0.3 × 0.3
    expect(Math.abs(both - 0.09)).toBeLessThan(0.01);
  });

  it('draws other groups under another salt', () => {
    const a = ids.map((id) => controlGroup(id, '2026-03', 0.3, '1'));
    const b = ids.map((id) => controlGroup(id, '2026-03', 0.3, '2'));
    expect(a.filter((c, i) => c !== b[i]).length).toBeGreaterThan(ids.length * 0.3);
  });

  it('refuses a share outside [0, 1]', () => {
    expect(() => controlGroup('001', '2026-03', 1.5)).toThrow(/between 0 and 1/);
    expect(() => controlGroup('001', '2026-03', Number.NaN)).toThrow(/between 0 and 1/);
  });
});

describe('stableHash', () => {
  it('is FNV-1a with a murmur finaliser, fixed across releases', () => {
    // FNV-1a("a") = 0xe40c292c; the finalised values computed independently (a Python script)
    expect(stableHash('a')).toBe(444_641_715);
    expect(stableHash('001A|2026-03')).toBe(3_701_146_555);
  });
});

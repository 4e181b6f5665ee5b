import { describe, expect, it } from 'vitest';
import { productGroup } from './productGroup.js';

describe('productGroup', () => {
  it('drops a letter suffix after digits', () => {
    expect(['85099B', '85099C', '85099F', '15056BL'].map(productGroup)).toEqual(['85099', '85099', '85099', '15056']);
  });
  it('keeps ids without one', () => {
    expect(['22423', 'DCGSSBOY', 'A'].map(productGroup)).toEqual(['22423', 'DCGSSBOY', 'A']);
  });
});

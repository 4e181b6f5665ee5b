import { describe, expect, it } from 'vitest';
import type { AccountView } from '../../connector/index.js';
import { openAccount } from './openAccount.js';

describe('openAccount', () => {
  it('tells the page the account as soon as the view is read, before the order is made (here it cannot be: no model)', async () => {
    const heard: unknown[] = [];
    const view = { account: { id: '001A', name: 'Customer 12347', accountNumber: '12347', country: 'Iceland', extra: 'not a view field' }, lines: [], model: null, modelProblem: 'no model: nothing pinned' } as unknown as AccountView;
    const port = { loadAccountView: async () => view, productCosts: async () => new Map<string, number>() };
    await expect(openAccount(port, { current: null }, '001A', '2011-09-01', 'en', (a) => void heard.push(a))).rejects.toThrow('no model: nothing pinned');
    expect(heard).toEqual([{ id: '001A', name: 'Customer 12347', accountNumber: '12347', country: 'Iceland' }]);
  });
});

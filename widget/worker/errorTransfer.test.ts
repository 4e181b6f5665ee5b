import { expose, transferHandlers, wrap, type TransferHandler } from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import { ConnectorError } from '../../connector/index.js';
import { RuleError } from '../../engine/index.js';
import { RemoteError, useErrorTransfer } from './errorTransfer.js';

/** The worker's side and the page's, in this thread over a MessageChannel (global in Node and browsers), as comlink's own tests do. */
function pair() {
  const { port1, port2 } = new MessageChannel();
  const api = {
    async save(): Promise<string> {
      throw new ConnectorError('ALREADY_ACCEPTED', 'Account 001 already has a proposal accepted on 2011-09-01', { status: 400, record: '001000000000001AAA', field: 'OO_AcceptedKey__c', body: '[{"errorCode":"DUPLICATE_VALUE"}]' });
    },
    async rule(): Promise<string> {
      throw new RuleError('OUT_OF_RANGE', 'win-back', 'discountPercent', 'discountPercent must be below 100, got 150');
    },
    async plain(): Promise<string> {
      throw new TypeError('not a function');
    },
    async odd(): Promise<string> {
      throw { reason: 'a thrown object' };
    },
  };
  expose(api, port1);
  const remote = wrap<typeof api>(port2);
  return { remote, close: () => (port1.close(), port2.close()) };
}

const comlinkOwn = transferHandlers.get('throw')!;
afterEach(() => void transferHandlers.set('throw', comlinkOwn));

describe('errors across the worker boundary', () => {
  it('keep the ConnectorError code and details (the page tells an accepted account from a lost network)', async () => {
    useErrorTransfer();
    const { remote, close } = pair();
    const error = await remote.save().catch((e: unknown) => e);
    close();
    expect(error).toBeInstanceOf(RemoteError);
    expect(error).toMatchObject({ name: 'ConnectorError', code: 'ALREADY_ACCEPTED', message: expect.stringContaining('already has a proposal accepted'), details: { status: 400, record: '001000000000001AAA', field: 'OO_AcceptedKey__c' } });
    expect((error as RemoteError).stack).toContain('ConnectorError');
  });

  it('keep a RuleError\'s code, rule and field, other errors as comlink does (name, message), and pass a thrown non-error as it is', async () => {
    useErrorTransfer();
    const { remote, close } = pair();
    const plain = await remote.plain().catch((e: unknown) => e);
    const odd = await remote.odd().catch((e: unknown) => e);
    const rule = await remote.rule().catch((e: unknown) => e);
    close();
    expect(rule).toMatchObject({ name: 'RuleError', code: 'OUT_OF_RANGE', message: 'rule "win-back": discountPercent must be below 100, got 150', details: { record: 'win-back', field: 'discountPercent' } });
    expect(plain).toMatchObject({ name: 'TypeError', message: 'not a function', code: undefined });
    expect(odd).toEqual({ reason: 'a thrown object' });
  });

  it('lose the code without the handler: comlink alone carries only name, message and stack', async () => {
    transferHandlers.set('throw', comlinkOwn as TransferHandler<unknown, unknown>);
    const { remote, close } = pair();
    const error = await remote.save().catch((e: unknown) => e);
    close();
    expect(error).toMatchObject({ name: 'ConnectorError', message: expect.stringContaining('already has a proposal accepted') });
    expect((error as { code?: string }).code).toBeUndefined();
  });
});

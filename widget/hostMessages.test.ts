import { describe, expect, it } from 'vitest';
import { hostMessenger, trustedHostOrigin } from './hostMessages.js';

describe('messages to the Lightning host', () => {
  it('trusts only an https Lightning Experience origin', () => {
    expect(trustedHostOrigin('https://acme.lightning.force.com')).toBe('https://acme.lightning.force.com');
    expect(trustedHostOrigin('https://acme--uat.sandbox.lightning.force.com')).toBe('https://acme--uat.sandbox.lightning.force.com');
    for (const bad of [undefined, '', 'http://acme.lightning.force.com', 'https://evil.example', 'https://acme.lightning.force.com.evil.example', 'https://evil.example/x.lightning.force.com', '*']) {
      expect(trustedHostOrigin(bad)).toBeNull();
    }
  });

  it('posts to the trusted origin only, and nothing without one', () => {
    const posted: [unknown, string][] = [];
    const target = { postMessage: (message: unknown, origin: string) => posted.push([message, origin]) } as unknown as Window;
    const host = hostMessenger('https://acme.lightning.force.com', target);
    host.ready();
    host.height(812.4);
    host.saved({ proposalRecordId: 'a01x', opportunityId: '006x', created: true });
    expect(posted).toEqual([
      [{ type: 'optimal-order:ready' }, 'https://acme.lightning.force.com'],
      [{ type: 'optimal-order:height', height: 813 }, 'https://acme.lightning.force.com'],
      [{ type: 'optimal-order:saved', opportunityId: '006x', created: true }, 'https://acme.lightning.force.com'],
    ]);
    hostMessenger(null, target).saved({ proposalRecordId: 'a01x', opportunityId: '006x', created: true });
    expect(posted).toHaveLength(3);
  });
});

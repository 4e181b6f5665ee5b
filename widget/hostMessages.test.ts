import { describe, expect, it } from 'vitest';
import { expectedHostOrigin, hostMessenger, isNonce, trustedHostOrigin } from './hostMessages.js';

const at = (url: string) => {
  const { protocol, hostname, port } = new URL(url);
  return { protocol, hostname, port };
};
const NONCE = '0123456789abcdef0123456789abcdef';

describe('the Lightning origin of this Visualforce page', () => {
  it('follows the My Domain formats: production, sandboxes, partitioned orgs, packages, other realms', () => {
    const cases: [string, string][] = [
      ['https://acme--c.vf.force.com', 'https://acme.lightning.force.com'],
      ['https://acme--uat--c.sandbox.vf.force.com', 'https://acme--uat.sandbox.lightning.force.com'],
      ['https://acme-dev-ed--c.develop.vf.force.com', 'https://acme-dev-ed.develop.lightning.force.com'],
      ['https://dx-org-1234--c.scratch.vf.force.com', 'https://dx-org-1234.scratch.lightning.force.com'],
      ['https://acme--optorder.vf.force.com', 'https://acme.lightning.force.com'],
      ['https://acme--uat--optorder.sandbox.vf.force.com', 'https://acme--uat.sandbox.lightning.force.com'],
      ['https://agency--c.vf.crmforce.mil', 'https://agency.lightning.crmforce.mil'],
      ['https://acme--c.vf.sfcrmapps.cn', 'https://acme.lightning.sfcrmapps.cn'],
      ['https://ACME--c.VF.force.com', 'https://acme.lightning.force.com'],
      // The served-like-Salesforce test: http and a port, kept as the page's own.
      ['http://acme--c.vf.force.com:4321', 'http://acme.lightning.force.com:4321'],
    ];
    for (const [page, lightning] of cases) expect(expectedHostOrigin(at(page)), page).toBe(lightning);
  });

  it('knows no Lightning origin for any other host', () => {
    for (const page of [
      'https://acme.lightning.force.com',
      'https://acme.my.salesforce.com',
      'https://acme--c.vf.force.com.evil.example',
      'https://acme--c.vf.evil.example',
      'https://evil.example',
      'https://acme--c.other.vf.force.com',
      'https://acme.vf.force.com',
      'http://localhost:5173',
    ]) {
      expect(expectedHostOrigin(at(page)), page).toBeNull();
    }
    expect(expectedHostOrigin({ protocol: 'file:', hostname: 'acme--c.vf.force.com', port: '' })).toBeNull();
  });

  it('trusts the given host only when it is exactly that origin', () => {
    const page = at('https://acme--uat--c.sandbox.vf.force.com');
    expect(trustedHostOrigin('https://acme--uat.sandbox.lightning.force.com', page)).toBe('https://acme--uat.sandbox.lightning.force.com');
    for (const bad of [
      undefined,
      '',
      '*',
      'https://acme.lightning.force.com', // another org of the same company (production)
      'https://evil.lightning.force.com', // any other Lightning domain
      'http://acme--uat.sandbox.lightning.force.com',
      'https://acme--uat.sandbox.lightning.force.com:8443',
      'https://acme--uat.sandbox.lightning.force.com/',
      'https://acme--uat.sandbox.lightning.force.com.evil.example',
    ]) {
      expect(trustedHostOrigin(bad, page), String(bad)).toBeNull();
    }
    expect(trustedHostOrigin('https://acme.lightning.force.com', at('https://evil.example'))).toBeNull();
  });
});

describe('messages to the Lightning host', () => {
  const recorder = () => {
    const posted: [unknown, string][] = [];
    const target = { postMessage: (message: unknown, origin: string) => posted.push([message, origin]) } as unknown as Window;
    return { posted, target };
  };

  it('posts to the trusted origin only, every message with the nonce', () => {
    const { posted, target } = recorder();
    const host = hostMessenger('https://acme.lightning.force.com', target, NONCE);
    expect(host.connected).toBe(true);
    host.ready();
    host.height(812.4);
    host.saved({ proposalRecordId: 'a01x', opportunityId: '006x', created: true });
    host.navigate('006000000000001AAA');
    const origin = 'https://acme.lightning.force.com';
    expect(posted).toEqual([
      [{ type: 'optimal-order:ready', nonce: NONCE }, origin],
      [{ type: 'optimal-order:height', height: 813, nonce: NONCE }, origin],
      [{ type: 'optimal-order:saved', opportunityId: '006x', created: true, nonce: NONCE }, origin],
      [{ type: 'optimal-order:navigate', recordId: '006000000000001AAA', nonce: NONCE }, origin],
    ]);
  });

  it('posts nothing without a trusted origin, a parent window, or a well-formed nonce', () => {
    const { posted, target } = recorder();
    for (const host of [hostMessenger(null, target, NONCE), hostMessenger('https://acme.lightning.force.com', null, NONCE), hostMessenger('https://acme.lightning.force.com', target, undefined), hostMessenger('https://acme.lightning.force.com', target, 'short')]) {
      expect(host.connected).toBe(false);
      host.ready();
      host.navigate('006x');
      host.saved({ proposalRecordId: 'a01x', opportunityId: '006x', created: true });
    }
    expect(posted).toEqual([]);
  });

  it('takes 32 hex digits as a nonce, nothing else', () => {
    expect(isNonce(NONCE)).toBe(true);
    for (const bad of [undefined, '', 'abc', `${NONCE}0`, NONCE.toUpperCase(), `${NONCE.slice(0, 31)}g`]) expect(isNonce(bad), String(bad)).toBe(false);
  });
});

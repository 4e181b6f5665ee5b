import type { SavedProposal } from './worker/EngineApi.js';

/**
 * Messages the widget posts to the Lightning page that hosts it (the LWC optimalOrderHost). Each
 * carries the nonce the component put in the frame's URL: the component takes only messages with
 * its own nonce, from its Visualforce origin (decisions/0013-visualforce-host-and-nonce.md).
 */
export type HostMessage =
  | { type: 'optimal-order:ready'; nonce: string }
  | { type: 'optimal-order:height'; height: number; nonce: string }
  | { type: 'optimal-order:saved'; opportunityId: string | null; created: boolean; nonce: string }
  | { type: 'optimal-order:navigate'; recordId: string; nonce: string };

/**
 * Partitions of non-production orgs in My Domain host names (Salesforce Help, "Partitioned
 * Domains"): `acme-dev-ed.develop.vf.force.com`, `acme.scratch.lightning.force.com`, …
 */
const PARTITIONS = ['sandbox', 'develop', 'scratch', 'patch', 'trailblaze', 'demo', 'free'];
/**
 * Realms whose Visualforce and Lightning hosts share a suffix, `vf.<suffix>` and
 * `lightning.<suffix>`: commercial clouds, Government Cloud Plus (`.lightning.crmforce.mil`) and
 * Salesforce on Alibaba Cloud (`.lightning.sfcrmapps.cn`), the Lightning suffixes jsforce and
 * sfdx-core know.
 */
const REALMS = ['force.com', 'crmforce.mil', 'sfcrmapps.cn'];
const VISUALFORCE_HOST = new RegExp(
  `^([a-z0-9-]+)--[a-z0-9_]+((?:\\.(?:${PARTITIONS.join('|')}))?)\\.vf\\.(${REALMS.map((r) => r.replace(/\./g, '\\.')).join('|')})$`,
  'i',
);

/**
 * The Lightning origin that frames this Visualforce page, from the page's own location, by the My
 * Domain formats of enhanced domains (enforced since Winter ’24): `acme--c.vf.force.com` →
 * `acme.lightning.force.com`; a sandbox `acme--uat--c.sandbox.vf.force.com` →
 * `acme--uat.sandbox.lightning.force.com`; a package's own domain `acme--ns.vf.force.com` →
 * `acme.lightning.force.com`. The scheme and port are the page's own (https, none, in Salesforce;
 * the served-like-Salesforce test runs on http with a port). Null for any other host: then the
 * widget never posts.
 */
export function expectedHostOrigin(own: Pick<Location, 'protocol' | 'hostname' | 'port'>): string | null {
  const match = VISUALFORCE_HOST.exec(own.hostname);
  if (!match || (own.protocol !== 'https:' && own.protocol !== 'http:')) return null;
  const [, myDomain, partition, realm] = match;
  return `${own.protocol}//${myDomain!.toLowerCase()}${partition!.toLowerCase()}.lightning.${realm!.toLowerCase()}${own.port ? `:${own.port}` : ''}`;
}

/**
 * The origin the widget may post to: the one the page was given (`host`, a URL parameter anyone
 * can change) when it is exactly the Lightning origin of this page's own Visualforce host; else
 * null, and nothing is ever posted.
 */
export function trustedHostOrigin(given: string | undefined, own: Pick<Location, 'protocol' | 'hostname' | 'port'>): string | null {
  const expected = expectedHostOrigin(own);
  return given && expected && given === expected ? given : null;
}

/** A nonce as the component makes it: 32 hex digits (16 random bytes). Anything else is not one. */
export function isNonce(nonce: string | undefined): nonce is string {
  return typeof nonce === 'string' && /^[0-9a-f]{32}$/.test(nonce);
}

/**
 * Tells the host page, when there is a trusted one and a nonce: its readiness, the content's
 * height as it changes, a saved proposal, a record to open. Without either, it posts nothing.
 */
export function hostMessenger(origin: string | null, target: Pick<Window, 'postMessage'> | null, nonce: string | undefined) {
  const post = (message: HostMessage) => {
    if (origin && target && isNonce(nonce)) target.postMessage(message, origin);
  };
  const n = nonce ?? '';
  return {
    /** Whether messages reach a host: links then ask it to navigate. */
    connected: origin !== null && target !== null && isNonce(nonce),
    ready: () => post({ type: 'optimal-order:ready', nonce: n }),
    height: (height: number) => post({ type: 'optimal-order:height', height: Math.ceil(height), nonce: n }),
    saved: (saved: SavedProposal) => post({ type: 'optimal-order:saved', opportunityId: saved.opportunityId, created: saved.created, nonce: n }),
    navigate: (recordId: string) => post({ type: 'optimal-order:navigate', recordId, nonce: n }),
  };
}

/** What `hostMessenger` returns. */
export type HostMessenger = ReturnType<typeof hostMessenger>;

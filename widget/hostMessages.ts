import type { SavedProposal } from '../connector/index.js';

/** Messages the widget posts to the Lightning page that hosts it (the LWC optimalOrderHost). */
export type HostMessage =
  | { type: 'optimal-order:ready' }
  | { type: 'optimal-order:height'; height: number }
  | { type: 'optimal-order:saved'; opportunityId: string | null; created: boolean };

/**
 * The Lightning origin the widget may talk to, from what the Visualforce page was given (a URL
 * parameter anyone can change): only an https Lightning Experience host is trusted, else null and
 * nothing is ever posted.
 */
export function trustedHostOrigin(origin: string | undefined): string | null {
  if (!origin) return null;
  return /^https:\/\/[a-z0-9-]+(\.[a-z0-9-]+)*\.lightning\.force\.com$/i.test(origin) ? origin : null;
}

/** Tells the host page, when there is a trusted one: its readiness, the page's height as it changes, a saved proposal. */
export function hostMessenger(origin: string | null, target: Pick<Window, 'postMessage'> | null) {
  const post = (message: HostMessage) => origin && target && target.postMessage(message, origin);
  return {
    ready: () => post({ type: 'optimal-order:ready' }),
    height: (height: number) => post({ type: 'optimal-order:height', height: Math.ceil(height) }),
    saved: (saved: SavedProposal) => post({ type: 'optimal-order:saved', opportunityId: saved.opportunityId, created: saved.created }),
  };
}

// The rules between the component and the Visualforce page it frames
// (decisions/0013-visualforce-host-and-nonce.md), apart from the component so that the
// served-like-Salesforce browser test loads this very file: the frame's absolute URL with a fresh
// nonce, and which messages the component takes.

/** The message types the page posts (widget/hostMessages.ts). */
const MESSAGE_TYPES = ['optimal-order:ready', 'optimal-order:height', 'optimal-order:saved', 'optimal-order:navigate'];

/** An Opportunity id (key prefix 006), 15 or 18 characters: the only records the page asks to open. */
const OPPORTUNITY_ID = /^006[0-9A-Za-z]{12}(?:[0-9A-Za-z]{3})?$/;

/** Room the Lightning page keeps above the frame (global header, tabs, record highlights). */
const PAGE_CHROME = 180;
/** A capped frame is never shorter than this, however small the window. */
const MIN_CAP = 480;
/** Bounds of any frame height: never flatter than this, nor taller. */
const MIN_FRAME_HEIGHT = 80;
const MAX_FRAME_HEIGHT = 10000;

/**
 * The frame's height for the content height the page reports: the content's own height (so the
 * frame shrinks with it), but at most the window's height less the page's chrome (at least 480 px),
 * so a long order scrolls inside the frame and its sticky footer (total, margin, Accept) stays in view.
 */
export function frameHeight(contentHeight, viewportHeight) {
    const cap = Math.max(MIN_CAP, Math.floor(viewportHeight) - PAGE_CHROME);
    return Math.max(MIN_FRAME_HEIGHT, Math.min(cap, MAX_FRAME_HEIGHT, Math.ceil(contentHeight)));
}

/** A fresh nonce: 16 random bytes from the browser's CSPRNG, as 32 hex digits. */
export function newNonce(random = window.crypto) {
    const bytes = new Uint8Array(16);
    random.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The https origin of a Visualforce host name as Apex gives it (`acme--c.vf.force.com`); null for anything else. */
export function visualforceOrigin(hostname) {
    return typeof hostname === 'string' && /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(hostname) ? `https://${hostname.toLowerCase()}` : null;
}

/** The absolute URL of the page in the frame: the record, the view, this page's origin and the nonce. */
export function frameUrl(vfOrigin, { recordId, view, hostOrigin, nonce }) {
    const params = new URLSearchParams();
    if (recordId) params.set('id', recordId);
    if (view === 'manager') params.set('view', 'manager');
    params.set('host', hostOrigin);
    params.set('nonce', nonce);
    return `${vfOrigin}/apex/OptimalOrder?${params.toString()}`;
}

/**
 * The page's message in a `message` event, or null: only from exactly the Visualforce origin, with
 * this component's nonce, of a known type, and a navigation only to an Opportunity id.
 */
export function frameMessage(event, vfOrigin, nonce) {
    if (!vfOrigin || !nonce || event.origin !== vfOrigin) return null;
    const data = event.data;
    if (!data || typeof data !== 'object' || data.nonce !== nonce || !MESSAGE_TYPES.includes(data.type)) return null;
    if (data.type === 'optimal-order:navigate' && !(typeof data.recordId === 'string' && OPPORTUNITY_ID.test(data.recordId))) return null;
    return data;
}

/**
 * The `event.source` check, kept only where it cannot reject a valid message. Under Lightning
 * Locker the component sees a wrapper of the frame's window, never equal to `event.source`, so the
 * check would reject every message; under Lightning Web Security the identity holds. The check
 * therefore starts off and turns on once a message with the right origin and nonce came from the
 * frame's own window: from then on the identity is known to hold, and a message from any other
 * window is refused.
 */
export function sourceCheck() {
    let identityHolds = false;
    return (event, frameWindow) => {
        if (frameWindow && event.source === frameWindow) {
            identityHolds = true;
            return true;
        }
        return !identityHolds;
    };
}

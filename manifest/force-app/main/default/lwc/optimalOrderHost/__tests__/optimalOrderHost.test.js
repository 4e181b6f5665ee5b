import { createElement } from 'lwc';
import OptimalOrderHost, { READY_TIMEOUT_MS } from 'c/optimalOrderHost';
import getVisualforceHost from '@salesforce/apex/OO_VisualforceHost.getVisualforceHost';
import { frameHeight, frameMessage, frameUrl, newNonce, sourceCheck, visualforceOrigin } from '../frameMessages';
// The event name of lightning/platformShowToastEvent's ShowToastEvent.
const ShowToastEventName = 'lightning__showtoast';

// lightning/navigation's stub records nothing: this one records each navigation (as lwc-recipes do).
const mockNavigate = jest.fn();
jest.mock('lightning/navigation', () => {
    const Navigate = Symbol('Navigate');
    const NavigationMixin = (Base) =>
        class extends Base {
            [Navigate](pageReference) {
                mockNavigate(pageReference);
            }
        };
    NavigationMixin.Navigate = Navigate;
    return { NavigationMixin };
});

// The Apex method, as lwc-recipes mock an imperative Apex call.
jest.mock('@salesforce/apex/OO_VisualforceHost.getVisualforceHost', () => ({ default: jest.fn() }), { virtual: true });

const VF_HOST = 'acme--c.vf.force.com';
const VF_ORIGIN = `https://${VF_HOST}`;
const LIGHTNING_ORIGIN = 'https://acme.lightning.force.com';
const ACCOUNT = '001000000000001AAA';
const OPPORTUNITY = '006000000000001AAA';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

async function mount(props = { recordId: ACCOUNT }) {
    const element = createElement('c-optimal-order-host', { is: OptimalOrderHost });
    Object.assign(element, props);
    document.body.appendChild(element);
    await flush();
    return element;
}

const frameOf = (element) => element.shadowRoot.querySelector('iframe');
const nonceOf = (element) => new URL(frameOf(element).getAttribute('src')).searchParams.get('nonce');

/** A message as the browser delivers it: from an origin, from a window. */
function post(data, { origin = VF_ORIGIN, source } = {}) {
    window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
    return Promise.resolve();
}

beforeEach(() => {
    getVisualforceHost.mockResolvedValue(VF_HOST);
});

afterEach(() => {
    mockNavigate.mockClear();
    getVisualforceHost.mockReset();
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    jest.useRealTimers();
});

describe('c-optimal-order-host', () => {
    it('frames the absolute Visualforce URL Apex gives, for the record, with this origin and a nonce, with a title', async () => {
        const element = await mount();
        const url = new URL(frameOf(element).getAttribute('src'));
        expect(url.origin).toBe(VF_ORIGIN);
        expect(url.pathname).toBe('/apex/OptimalOrder');
        expect(url.searchParams.get('id')).toBe(ACCOUNT);
        expect(url.searchParams.get('host')).toBe(LIGHTNING_ORIGIN);
        expect(url.searchParams.get('nonce')).toMatch(/^[0-9a-f]{32}$/);
        expect(url.searchParams.get('view')).toBeNull();
        expect(frameOf(element).getAttribute('title')).toBe('Optimal Order');
        expect(getVisualforceHost).toHaveBeenCalledTimes(1);
    });

    it('gives each instance its own nonce', async () => {
        const one = await mount();
        const two = await mount();
        expect(nonceOf(one)).not.toBe(nonceOf(two));
    });

    it('frames the manager view on an app or home page', async () => {
        const element = await mount({ view: 'manager' });
        const url = new URL(frameOf(element).getAttribute('src'));
        expect(url.searchParams.get('view')).toBe('manager');
        expect(url.searchParams.get('id')).toBeNull();
        expect(frameOf(element).getAttribute('title')).toBe('Optimal Order: proposals');
    });

    it('keeps a long order within the window, so its footer (total, Accept) stays in view, and follows a resize', async () => {
        const element = await mount();
        const nonce = nonceOf(element);
        const source = frameOf(element).contentWindow;
        const innerHeight = window.innerHeight;
        try {
            window.innerHeight = 900;
            await post({ type: 'optimal-order:height', height: 4000, nonce }, { source });
            expect(frameOf(element).style.height).toBe('720px');
            window.innerHeight = 1200;
            window.dispatchEvent(new Event('resize'));
            await Promise.resolve();
            expect(frameOf(element).style.height).toBe('1020px');
        } finally {
            window.innerHeight = innerHeight;
        }
    });

    it('sizes the frame to the content, shrinking too; toasts and opens the new Opportunity; opens a linked Opportunity', async () => {
        const element = await mount();
        const nonce = nonceOf(element);
        const source = frameOf(element).contentWindow;
        const toasts = [];
        element.addEventListener(ShowToastEventName, (e) => toasts.push(e.detail));
        await post({ type: 'optimal-order:height', height: 534, nonce }, { source });
        expect(frameOf(element).style.height).toBe('534px');
        await post({ type: 'optimal-order:height', height: 321, nonce }, { source });
        expect(frameOf(element).style.height).toBe('321px');
        await post({ type: 'optimal-order:saved', opportunityId: OPPORTUNITY, created: true, nonce }, { source });
        expect(toasts).toEqual([expect.objectContaining({ title: 'Opportunity created', variant: 'success' })]);
        await post({ type: 'optimal-order:navigate', recordId: '006000000000002AAA', nonce }, { source });
        expect(mockNavigate.mock.calls).toEqual([
            [{ type: 'standard__recordPage', attributes: { recordId: OPPORTUNITY, objectApiName: 'Opportunity', actionName: 'view' } }],
            [{ type: 'standard__recordPage', attributes: { recordId: '006000000000002AAA', objectApiName: 'Opportunity', actionName: 'view' } }],
        ]);
    });

    it('takes messages without the source check under Lightning Locker, whose wrapped window never equals the source', async () => {
        const element = await mount();
        const nonce = nonceOf(element);
        const lockerWrapper = {}; // what event.source is compared with under Locker: never the frame's window
        await post({ type: 'optimal-order:height', height: 500, nonce }, { source: lockerWrapper });
        expect(frameOf(element).style.height).toBe('500px');
    });

    it('ignores a message from another origin, with another or no nonce, or asking to open anything but an Opportunity', async () => {
        const element = await mount();
        const nonce = nonceOf(element);
        const source = frameOf(element).contentWindow;
        const toasts = [];
        element.addEventListener(ShowToastEventName, (e) => toasts.push(e.detail));
        const before = frameOf(element).style.height;
        const saved = { type: 'optimal-order:saved', opportunityId: '006000000000666AAA', created: true };
        await post({ type: 'optimal-order:height', height: 3000, nonce }, { origin: 'https://evil.example', source });
        await post({ ...saved, nonce }, { origin: 'https://evil.example', source });
        await post({ ...saved, nonce }, { origin: 'https://other--c.vf.force.com', source });
        await post({ type: 'optimal-order:height', height: 3000, nonce: newNonce() }, { source });
        await post({ ...saved, nonce: newNonce() }, { source });
        await post({ ...saved }, { source });
        await post({ type: 'optimal-order:navigate', recordId: ACCOUNT, nonce }, { source });
        await post({ type: 'optimal-order:navigate', recordId: 'javascript:alert(1)', nonce }, { source });
        expect(frameOf(element).style.height).toBe(before);
        expect(toasts).toEqual([]);
        expect(mockNavigate).not.toHaveBeenCalled();
    });

    it('once its frame’s window is seen to be the source, ignores other windows with the nonce', async () => {
        const element = await mount();
        const nonce = nonceOf(element);
        await post({ type: 'optimal-order:height', height: 500, nonce }, { source: frameOf(element).contentWindow });
        await post({ type: 'optimal-order:height', height: 3000, nonce }, { source: window });
        expect(frameOf(element).style.height).toBe('500px');
    });

    it('says clearly that the page could not load when it never gets ready, for the rep and for the admin; not when it does', async () => {
        jest.useFakeTimers();
        const failing = createElement('c-optimal-order-host', { is: OptimalOrderHost });
        document.body.appendChild(failing);
        await Promise.resolve();
        jest.advanceTimersByTime(READY_TIMEOUT_MS);
        await Promise.resolve();
        const alert = failing.shadowRoot.querySelector('[role="alert"]');
        expect(alert.textContent).toMatch(/could not load\. Ask your Salesforce admin/);
        expect(alert.textContent).toMatch(/For the admin: the page \/apex\/OptimalOrder did not say it was ready/);
        expect(frameOf(failing).style.display).toBe('none');

        const working = createElement('c-optimal-order-host', { is: OptimalOrderHost });
        document.body.appendChild(working);
        await Promise.resolve();
        await Promise.resolve();
        await post({ type: 'optimal-order:ready', nonce: nonceOf(working) }, { source: frameOf(working).contentWindow });
        jest.advanceTimersByTime(READY_TIMEOUT_MS);
        await Promise.resolve();
        expect(working.shadowRoot.querySelector('[role="alert"]')).toBeNull();
    });

    it('says what to fix when Apex cannot give the Visualforce host (no access to the class), framing nothing', async () => {
        getVisualforceHost.mockRejectedValue({ body: { message: 'You do not have access to the Apex class named OO_VisualforceHost.' } });
        const element = await mount();
        expect(frameOf(element)).toBeNull();
        const alert = element.shadowRoot.querySelector('[role="alert"]');
        expect(alert.textContent).toMatch(/Ask your Salesforce admin/);
        expect(alert.textContent).toMatch(/Apex class OO_VisualforceHost.*OO_Rep or OO_Manager permission set/);
    });

    it('is accessible, framing the page and when it says the page could not load', async () => {
        const working = await mount();
        await expect(working).toBeAccessible();
        getVisualforceHost.mockRejectedValue(new Error('no access'));
        const failing = await mount();
        expect(failing.shadowRoot.querySelector('[role="alert"]')).not.toBeNull();
        await expect(failing).toBeAccessible();
    });
});

describe('frameMessages', () => {
    it('turns a Visualforce host name into its https origin, and nothing else', () => {
        expect(visualforceOrigin('acme--uat--c.sandbox.vf.force.com')).toBe('https://acme--uat--c.sandbox.vf.force.com');
        for (const bad of [undefined, null, '', 'https://acme--c.vf.force.com', 'acme--c.vf.force.com/apex', 'localhost', 'evil.example:8080']) {
            expect(visualforceOrigin(bad)).toBeNull();
        }
    });

    it('sizes a frame to its content, at most the window less the page chrome (never under 480 px), within 80 and 10,000 px', () => {
        expect(frameHeight(321.2, 900)).toBe(322);
        expect(frameHeight(4000, 900)).toBe(720);
        expect(frameHeight(4000, 300)).toBe(480);
        expect(frameHeight(10, 900)).toBe(80);
        expect(frameHeight(50000, 20000)).toBe(10000);
    });

    it('builds the absolute frame URL with every parameter encoded', () => {
        const url = new URL(frameUrl(VF_ORIGIN, { recordId: ACCOUNT, view: 'order', hostOrigin: LIGHTNING_ORIGIN, nonce: 'n' }));
        expect(url.href).toBe(`${VF_ORIGIN}/apex/OptimalOrder?id=${ACCOUNT}&host=https%3A%2F%2Facme.lightning.force.com&nonce=n`);
    });

    it('makes 32 hex digit nonces from the CSPRNG', () => {
        const seen = new Set(Array.from({ length: 50 }, () => newNonce()));
        expect(seen.size).toBe(50);
        for (const n of seen) expect(n).toMatch(/^[0-9a-f]{32}$/);
        expect(newNonce({ getRandomValues: (bytes) => bytes.fill(255) })).toBe('f'.repeat(32));
    });

    it('takes a message only with the exact origin, the nonce and a known type', () => {
        const nonce = newNonce();
        const ok = { origin: VF_ORIGIN, data: { type: 'optimal-order:ready', nonce } };
        expect(frameMessage(ok, VF_ORIGIN, nonce)).toBe(ok.data);
        expect(frameMessage({ ...ok, data: { ...ok.data, nonce: newNonce() } }, VF_ORIGIN, nonce)).toBeNull();
        expect(frameMessage(ok, null, nonce)).toBeNull();
        expect(frameMessage(ok, VF_ORIGIN, '')).toBeNull();
        expect(frameMessage({ ...ok, origin: `${VF_ORIGIN}:443` }, VF_ORIGIN, nonce)).toBeNull();
        expect(frameMessage({ ...ok, data: { ...ok.data, type: 'other' } }, VF_ORIGIN, nonce)).toBeNull();
        expect(frameMessage({ ...ok, data: 'optimal-order:ready' }, VF_ORIGIN, nonce)).toBeNull();
    });

    it('checks the source only once the identity was seen to hold', () => {
        const frameWindow = {};
        const check = sourceCheck();
        expect(check({ source: {} }, frameWindow)).toBe(true);
        expect(check({ source: frameWindow }, frameWindow)).toBe(true);
        expect(check({ source: {} }, frameWindow)).toBe(false);
    });
});

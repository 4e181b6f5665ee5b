import { createElement } from 'lwc';
import OptimalOrderHost, { READY_TIMEOUT_MS, visualforceOrigin } from 'c/optimalOrderHost';
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

const VF_ORIGIN = 'https://acme--c.vf.force.com';
const ACCOUNT = '001000000000001AAA';

function mount(props = { recordId: ACCOUNT }) {
    const element = createElement('c-optimal-order-host', { is: OptimalOrderHost });
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

const frameOf = (element) => element.shadowRoot.querySelector('iframe');

/** A message as the browser delivers it: from an origin, from a window. */
function post(data, { origin = VF_ORIGIN, source } = {}) {
    window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
    return Promise.resolve();
}

afterEach(() => {
    mockNavigate.mockClear();
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    jest.useRealTimers();
});

describe('c-optimal-order-host', () => {
    it('frames the Visualforce page for the record, telling it this page’s origin, with a title', () => {
        const element = mount();
        const src = frameOf(element).getAttribute('src');
        const url = new URL(src, 'https://acme.lightning.force.com');
        expect(url.pathname).toBe('/apex/OptimalOrder');
        expect(url.searchParams.get('id')).toBe(ACCOUNT);
        expect(url.searchParams.get('host')).toBe('https://acme.lightning.force.com');
        expect(url.searchParams.get('view')).toBeNull();
        expect(frameOf(element).getAttribute('title')).toBe('Optimal Order');
    });

    it('frames the manager view on an app or home page', () => {
        const element = mount({ view: 'manager' });
        const url = new URL(frameOf(element).getAttribute('src'), 'https://acme.lightning.force.com');
        expect(url.searchParams.get('view')).toBe('manager');
        expect(url.searchParams.get('id')).toBeNull();
        expect(frameOf(element).getAttribute('title')).toBe('Optimal Order: proposals');
    });

    it('sizes the frame to the page, toasts and opens the new Opportunity, from its own frame and origin', async () => {
        const element = mount();
        const source = frameOf(element).contentWindow;
        const toasts = [];
        element.addEventListener(ShowToastEventName, (e) => toasts.push(e.detail));
        await post({ type: 'optimal-order:height', height: 1234 }, { source });
        expect(frameOf(element).style.height).toBe('1234px');
        await post({ type: 'optimal-order:saved', opportunityId: '006000000000001AAA', created: true }, { source });
        expect(toasts).toEqual([expect.objectContaining({ title: 'Opportunity created', variant: 'success' })]);
        expect(mockNavigate.mock.calls).toEqual([
            [{ type: 'standard__recordPage', attributes: { recordId: '006000000000001AAA', objectApiName: 'Opportunity', actionName: 'view' } }],
        ]);
    });

    it('ignores a message from another origin, or from another window of the right origin', async () => {
        const element = mount();
        const toasts = [];
        element.addEventListener(ShowToastEventName, (e) => toasts.push(e.detail));
        const before = frameOf(element).style.height;
        await post({ type: 'optimal-order:height', height: 3000 }, { origin: 'https://evil.example', source: frameOf(element).contentWindow });
        await post({ type: 'optimal-order:saved', opportunityId: '006000000000666AAA', created: true }, { origin: 'https://evil.example', source: frameOf(element).contentWindow });
        await post({ type: 'optimal-order:height', height: 3000 }, { source: window });
        expect(frameOf(element).style.height).toBe(before);
        expect(toasts).toEqual([]);
        expect(mockNavigate).not.toHaveBeenCalled();
    });

    it('says clearly that the page could not load when it never gets ready; not when it does', async () => {
        jest.useFakeTimers();
        const failing = mount();
        jest.advanceTimersByTime(READY_TIMEOUT_MS);
        await Promise.resolve();
        const alert = failing.shadowRoot.querySelector('[role="alert"]');
        expect(alert.textContent).toMatch(/could not load/);
        expect(frameOf(failing).style.display).toBe('none');

        const working = mount();
        await post({ type: 'optimal-order:ready' }, { source: frameOf(working).contentWindow });
        jest.advanceTimersByTime(READY_TIMEOUT_MS);
        await Promise.resolve();
        expect(working.shadowRoot.querySelector('[role="alert"]')).toBeNull();
    });

    it('is accessible, framing the page and when it says the page could not load', async () => {
        // The check needs real timers: the timeout is run on fake ones first.
        const working = mount();
        await expect(working).toBeAccessible();
        jest.useFakeTimers();
        const late = mount();
        jest.advanceTimersByTime(READY_TIMEOUT_MS);
        jest.useRealTimers();
        await Promise.resolve();
        expect(late.shadowRoot.querySelector('[role="alert"]')).not.toBeNull();
        await expect(late).toBeAccessible();
    });

    it('maps a Lightning domain to its Visualforce domain, sandboxes included, and nothing else', () => {
        expect(visualforceOrigin('https://acme.lightning.force.com')).toBe('https://acme--c.vf.force.com');
        expect(visualforceOrigin('https://acme--uat.sandbox.lightning.force.com')).toBe('https://acme--uat--c.sandbox.vf.force.com');
        expect(visualforceOrigin('https://evil.example')).toBeNull();
        expect(visualforceOrigin('http://acme.lightning.force.com')).toBeNull();
    });
});

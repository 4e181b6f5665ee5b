import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';

/** How long the Visualforce page has to say it is ready before the component says it cannot load. */
export const READY_TIMEOUT_MS = 20000;
const MIN_HEIGHT = 480;

/**
 * The Visualforce domain that serves `/apex/OptimalOrder` for this Lightning domain:
 * `acme.lightning.force.com` → `acme--c.vf.force.com`, sandboxes and scratch orgs alike
 * (`acme--uat.sandbox.lightning.force.com` → `acme--uat--c.sandbox.vf.force.com`).
 */
export function visualforceOrigin(lightningOrigin) {
    const match = /^https:\/\/([a-z0-9-]+)((?:\.[a-z0-9-]+)*)\.lightning\.force\.com$/i.exec(lightningOrigin);
    return match ? `https://${match[1]}--c${match[2]}.vf.force.com` : null;
}

/**
 * Hosts the Optimal Order Visualforce page in an iframe (Lightning blocks its Web Worker and API
 * session): sizes the frame to the page, and turns the page's messages into a toast and a
 * navigation to the new Opportunity. Messages are taken only from the Visualforce origin and from
 * this frame; the page posts only to this component's origin, which it is given.
 */
export default class OptimalOrderHost extends NavigationMixin(LightningElement) {
    @api recordId;
    /** `manager` on an app or home page: the manager view of logged proposals. */
    @api view;

    height = MIN_HEIGHT;
    failed = false;
    ready = false;
    timer;

    get title() {
        return this.view === 'manager' ? 'Optimal Order: proposals' : 'Optimal Order';
    }

    get failureMessage() {
        return 'The Optimal Order page could not load. Check that the OptimalOrder Visualforce page and its static resource are deployed, that your permission set grants them, and that API access from Visualforce is allowed in Session Settings.';
    }

    get pageUrl() {
        const params = new URLSearchParams({ host: window.location.origin });
        if (this.recordId) params.set('id', this.recordId);
        if (this.view === 'manager') params.set('view', 'manager');
        return `/apex/OptimalOrder?${params.toString()}`;
    }

    get frameStyle() {
        return `width: 100%; border: 0; height: ${this.height}px;${this.failed ? ' display: none;' : ''}`;
    }

    connectedCallback() {
        this.listener = (event) => this.handleMessage(event);
        window.addEventListener('message', this.listener);
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.timer = setTimeout(() => {
            if (!this.ready) this.failed = true;
        }, READY_TIMEOUT_MS);
    }

    disconnectedCallback() {
        window.removeEventListener('message', this.listener);
        clearTimeout(this.timer);
    }

    handleLoad() {
        // A loaded frame that never says it is ready (an error page, a login page) still fails at the timeout.
    }

    handleMessage(event) {
        const frame = this.template.querySelector('iframe');
        if (event.origin !== visualforceOrigin(window.location.origin) || !frame || event.source !== frame.contentWindow) return;
        const message = event.data || {};
        if (message.type === 'optimal-order:ready') {
            this.ready = true;
            this.failed = false;
        } else if (message.type === 'optimal-order:height' && Number.isFinite(message.height)) {
            this.height = Math.max(MIN_HEIGHT, Math.min(10000, message.height));
        } else if (message.type === 'optimal-order:saved' && typeof message.opportunityId === 'string') {
            this.dispatchEvent(
                new ShowToastEvent({
                    title: message.created ? 'Opportunity created' : 'Already saved',
                    message: message.created ? 'The accepted order is now an opportunity.' : 'This proposal had been saved before; nothing new was written.',
                    variant: message.created ? 'success' : 'info',
                }),
            );
            this[NavigationMixin.Navigate]({
                type: 'standard__recordPage',
                attributes: { recordId: message.opportunityId, objectApiName: 'Opportunity', actionName: 'view' },
            });
        }
    }
}

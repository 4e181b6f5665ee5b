import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import getVisualforceHost from '@salesforce/apex/OO_VisualforceHost.getVisualforceHost';
import { frameHeight, frameMessage, frameUrl, newNonce, sourceCheck, visualforceOrigin } from './frameMessages';

/** How long the Visualforce page has to say it is ready before the component says it cannot load. */
export const READY_TIMEOUT_MS = 20000;
/** The frame's height until the page reports its own. */
const LOADING_HEIGHT = 480;

const REP_ADVICE = 'The Optimal Order page could not load. Ask your Salesforce admin to check the Optimal Order setup; the details below are for them.';
const ADMIN_ADVICE = {
    apex: 'For the admin: the component could not read the Visualforce host name from the Apex class OO_VisualforceHost. Check that the class is deployed and that the user has the OO_Rep or OO_Manager permission set, which grants access to it.',
    page: 'For the admin: the page /apex/OptimalOrder did not say it was ready. Check that the OptimalOrder Visualforce page and the OptimalOrderWidget static resource are deployed, that the user has the OO_Rep or OO_Manager permission set (the page, API Enabled), and that the API session is available to Visualforce (README, “The API session”).',
};

/**
 * Hosts the Optimal Order Visualforce page in an iframe (Lightning blocks its Web Worker and API
 * session) at the absolute URL of the org's Visualforce host, which Apex gives
 * (`DomainCreator.getVisualforceHostname`). Sizes the frame to the page's content, within the window
 * (`frameHeight`: a long order scrolls inside the frame, its footer in view), turns the page's
 * messages into a toast and navigation to an Opportunity. It takes a message only from exactly the
 * Visualforce origin and carrying the nonce it put in the frame's URL, new for each instance
 * (decisions/0013-visualforce-host-and-nonce.md).
 */
export default class OptimalOrderHost extends NavigationMixin(LightningElement) {
    @api recordId;
    /** `manager` on an app or home page: the manager view of logged proposals (the page checks the permission). */
    @api view;

    height = LOADING_HEIGHT;
    /** The content height the page last reported, to size the frame again when the window is resized. */
    contentHeight = null;
    failure = null;
    ready = false;
    vfOrigin = null;
    nonce = newNonce();
    acceptsSource = sourceCheck();
    timer;

    get title() {
        return this.view === 'manager' ? 'Optimal Order: proposals' : 'Optimal Order';
    }

    get failed() {
        return this.failure !== null;
    }

    get repAdvice() {
        return REP_ADVICE;
    }

    get adminAdvice() {
        return this.failure ? ADMIN_ADVICE[this.failure] : '';
    }

    get pageUrl() {
        if (!this.vfOrigin) return null;
        return frameUrl(this.vfOrigin, { recordId: this.recordId, view: this.view, hostOrigin: window.location.origin, nonce: this.nonce });
    }

    get frameStyle() {
        return `width: 100%; border: 0; height: ${this.height}px;${this.failed ? ' display: none;' : ''}`;
    }

    connectedCallback() {
        this.listener = (event) => this.handleMessage(event);
        this.resizeListener = () => this.sizeFrame();
        window.addEventListener('message', this.listener);
        window.addEventListener('resize', this.resizeListener);
        getVisualforceHost()
            .then((hostname) => {
                this.vfOrigin = visualforceOrigin(hostname);
                if (!this.vfOrigin) this.failure = 'apex';
            })
            .catch(() => {
                this.failure = 'apex';
            });
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.timer = setTimeout(() => {
            if (!this.ready && !this.failure) this.failure = 'page';
        }, READY_TIMEOUT_MS);
    }

    disconnectedCallback() {
        window.removeEventListener('message', this.listener);
        window.removeEventListener('resize', this.resizeListener);
        clearTimeout(this.timer);
    }

    handleMessage(event) {
        const message = frameMessage(event, this.vfOrigin, this.nonce);
        const frame = this.template.querySelector('iframe');
        if (!message || !this.acceptsSource(event, frame && frame.contentWindow)) return;
        if (message.type === 'optimal-order:ready') {
            this.ready = true;
            this.failure = null;
        } else if (message.type === 'optimal-order:height' && Number.isFinite(message.height)) {
            this.contentHeight = message.height;
            this.sizeFrame();
        } else if (message.type === 'optimal-order:saved' && typeof message.opportunityId === 'string') {
            this.toastSaved(message.created === true);
            this.openOpportunity(message.opportunityId);
        } else if (message.type === 'optimal-order:navigate') {
            this.openOpportunity(message.recordId);
        }
    }

    sizeFrame() {
        if (this.contentHeight !== null) this.height = frameHeight(this.contentHeight, window.innerHeight);
    }

    toastSaved(created) {
        this.dispatchEvent(
            new ShowToastEvent({
                title: created ? 'Opportunity created' : 'Already saved',
                message: created ? 'The accepted order is now an opportunity.' : 'This proposal had been saved before; nothing new was written.',
                variant: created ? 'success' : 'info',
            }),
        );
    }

    openOpportunity(recordId) {
        this[NavigationMixin.Navigate]({
            type: 'standard__recordPage',
            attributes: { recordId, objectApiName: 'Opportunity', actionName: 'view' },
        });
    }
}

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { proxy, type Remote } from 'comlink';
import { formatDay, formatMoney, formatPercent } from '../format.js';
import type { Translate } from '../i18n/index.js';
import { draftMargin, draftOf, draftTotal, lineProblem, type DeclineReason, type DraftLine, type NoOrderOutcome, type ProposalDraft } from '../ProposalDraft.js';
import type { AccountPage, EngineApi, PageLine, ProductSummary, ProposalDecision, ProposalStatus, SavedProposal } from '../worker/EngineApi.js';
import { AddProduct } from './AddProduct.js';
import { describeError, type PageError } from './describeError.js';
import { ControlGroupNotice } from './impact/ControlGroupNotice.js';
import { LineSkeleton, OrderHeader, type HeaderFacts } from './OrderHeader.js';
import { AcceptedToday, IgnoredNotice, OfferBanner } from './OrderNotices.js';
import { OrderFooter } from './OrderFooter.js';
import { OrderSection } from './OrderSection.js';
import { OtherProducts } from './OtherProducts.js';
import { ProposalTextPanel } from './ProposalTextPanel.js';

interface Props {
  engine: Remote<EngineApi>;
  accountId: string;
  /** What is known of the account before its order arrives (the picked one): the header shows at once. */
  summary?: HeaderFacts['account'];
  asOf: string;
  t: Translate;
  locale: string;
  currency: string;
  /** Who signs the proposal text. */
  repName: string;
  /** Where an Opportunity opens: `/` + its id inside Salesforce. */
  recordUrl: (id: string) => string;
  /** Told when an Opportunity was created (the Salesforce host navigates or toasts). */
  onSaved?: (saved: SavedProposal) => void;
  /** Given the way to add a product with a reason to this draft (the guided-selling tab), null while the order cannot take one (loading, locked). */
  registerAdd?: (add: ((product: ProductSummary, reason: string) => boolean) | null) => void;
}

/** Days the commercial proposal's text says it is valid (the Opportunity's close date is the org's setting). */
const PROPOSAL_VALID_DAYS = 14;

type Load = { state: 'loading' } | { state: 'error'; error: PageError } | { state: 'ready'; page: AccountPage };
/** How the proposal ended in this session: accepted (an Opportunity), or logged without an order. */
type Ended = { outcome: 'accepted'; saved: SavedProposal } | { outcome: NoOrderOutcome; reason: DeclineReason | null };

/**
 * An account's optimal order: the header (at once, with a skeleton while the order is proposed),
 * the client offer and any rule ignored, the three sections on one grid, every product ever bought
 * behind a toggle, a product to add, the sticky footer (total, margin, Accept or no order), and the
 * proposal text. After Accept, or for an account accepted today, the lines are locked.
 */
export function AccountOrder({ engine, accountId, summary, asOf, t, locale, currency, repName, recordUrl, onSaved, registerAdd }: Props) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [draft, setDraft] = useState<ProposalDraft | null>(null);
  const [saving, setSaving] = useState(false);
  const [ended, setEnded] = useState<Ended | null>(null);
  const [saveError, setSaveError] = useState<PageError | null>(null);
  const [attempt, setAttempt] = useState(0);
  // The account as soon as the org's first answer names it (the record page has nothing before).
  const [heard, setHeard] = useState<HeaderFacts['account'] | null>(null);
  const result = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let current = true;
    setLoad({ state: 'loading' });
    setEnded(null);
    setSaveError(null);
    setHeard(null);
    engine.openAccount(accountId, asOf, locale, proxy((a: HeaderFacts['account']) => void (current && setHeard(a)))).then(
      (page) => current && (setLoad({ state: 'ready', page }), setDraft(draftOf(page.lines))),
      (e: PageError) => current && setLoad({ state: 'error', error: e }),
    );
    return () => void (current = false);
  }, [accountId, asOf, locale, attempt]);
  // The outcome is announced and takes the focus: the next thing to read or do (open the Opportunity).
  useEffect(() => void (ended && result.current?.focus()), [ended]);

  const money = (v: number) => formatMoney(v, locale, currency);
  const change = (key: string, c: Partial<DraftLine>) => setDraft((d) => d && { ...d, lines: d.lines.map((l) => (l.key === key ? { ...l, ...c } : l)) });
  const addLine = (line: DraftLine) => setDraft((d) => (d && !d.lines.some((l) => l.key === line.key) ? { ...d, lines: [...d.lines, line] } : d));
  const add = (p: ProductSummary, reason = t('add.added')) =>
    addLine({ key: `added:${p.productId}`, productId: p.productId, product2Id: p.id, name: p.name, kind: 'extension', proposedQuantity: 1, proposedPrice: p.listPrice, quantity: 1, price: p.listPrice, priceQuote: null, probability: 0, reason, promotion: null, history: [], removed: null, added: true, unitCost: p.unitCost, lastPrice: null, netDiscount: null, unusual: null });
  // The guided-selling tab adds to this draft while it is open to changes.
  useEffect(() => {
    const open = load.state === 'ready' && ended === null && !load.page.acceptedToday && !load.page.control;
    registerAdd?.(open ? (p, reason) => (add(p, reason), true) : null);
    return () => registerAdd?.(null);
  }, [load, ended]);
  const addBought = (p: PageLine) => addLine({ ...draftOf([p]).lines[0]!, key: `added:${p.productId}`, added: true, kind: 'extension' });
  // The text follows the order: a key of what it says.
  const textVersion = useMemo(() => JSON.stringify(draft?.lines.map((l) => [l.key, l.quantity, l.price, l.removed])), [draft]);

  if (load.state === 'error') return <LoadError error={load.error} t={t} retry={() => setAttempt((n) => n + 1)} />;
  if (load.state === 'loading') {
    return (
      <article class="slds-card oo-card" aria-busy="true">
        {summary ?? heard ? <OrderHeader facts={{ account: (summary ?? heard)! }} t={t} locale={locale} currency={currency} /> : null}
        <LineSkeleton t={t} />
      </article>
    );
  }
  const { page } = load;
  if (page.control) return <ControlGroupNotice page={{ ...page, control: page.control }} t={t} locale={locale} currency={currency} />;
  const lines = draft?.lines ?? [];
  const kept = lines.filter((l) => !l.removed);
  const invalid = lines.some((l) => lineProblem(l) !== null);
  const locked = ended !== null || !!page.acceptedToday;
  const total = draft ? draftTotal(draft) : 0;
  const section = (kind: DraftLine['kind'], added = false) => lines.filter((l) => l.kind === kind && l.added === added);
  const inOrder = new Set(lines.map((l) => l.productId));

  const marginText = () => {
    const m = draft ? draftMargin(draft) : { value: 0, share: null, unknown: 0 };
    if (m.share === null) return t('total.marginUnknown');
    const known = `${money(m.value)} (${formatPercent(m.share, locale, { maxDigits: 1 })})`;
    return m.unknown ? `${known}, ${t('total.marginPartial', { count: m.unknown })}` : known;
  };

  const save = async (status: ProposalStatus, reason: DeclineReason | null) => {
    if (!draft || saving || ended) return;
    setSaving(true);
    setSaveError(null);
    try {
      const saved = await engine.save(toSave(draft, page, status, reason));
      if (status === 'accepted') {
        setEnded({ outcome: 'accepted', saved });
        onSaved?.(saved);
      } else setEnded({ outcome: status as NoOrderOutcome, reason });
    } catch (e) {
      // The org's message; the rep's edits stay as they are.
      setSaveError(e as PageError);
    } finally {
      setSaving(false);
    }
  };
  const sectionProps = { t, locale, currency, locked, onChange: change };

  return (
    <article class="slds-card oo-card">
      <OrderHeader
        facts={{ account: page.account, segment: page.segment, lastOrderDate: page.lastOrderDate, usualOrderValue: page.usual?.value ?? page.usualOrderValue, usualLines: page.usual?.lines ?? null, orders: page.orders, proposalValue: total }}
        t={t}
        locale={locale}
        currency={currency}
      />
      <div class="slds-card__body slds-card__body_inner">
        {page.acceptedToday && <AcceptedToday accepted={page.acceptedToday} t={t} locale={locale} currency={currency} recordUrl={recordUrl} />}
        {page.offer && <OfferBanner offer={page.offer} t={t} locale={locale} />}
        {page.ignored.length > 0 && <IgnoredNotice ignored={page.ignored} t={t} />}
        {page.newCustomer && (
          <div class="slds-box slds-theme_shade slds-m-top_small" role="note">
            <h2 class="slds-text-title_bold">{t('newCustomer.title')}</h2>
            <p>{t('newCustomer.body')}</p>
          </div>
        )}
        <OrderSection title={t('section.habitual')} lines={section('habitual')} {...sectionProps} />
        <OrderSection title={t('section.development')} lines={section('development')} {...sectionProps} />
        <OrderSection title={t('section.extension')} lines={section('extension')} {...sectionProps} />
        {section('extension', true).length > 0 && <OrderSection title={t('section.added')} lines={section('extension', true)} {...sectionProps} />}
        <OtherProducts products={(page.otherProducts ?? []).filter((p) => !inOrder.has(p.productId))} t={t} locale={locale} currency={currency} locked={locked} onAdd={addBought} />
        {!locked && <AddProduct t={t} locale={locale} currency={currency} search={(text) => engine.searchProducts(text)} onAdd={(p) => add(p)} />}
        {invalid && !locked && <p class="slds-text-color_error slds-m-top_x-small">{t('accept.invalid')}</p>}
        {saveError && <SaveError error={saveError} t={t} />}
        <div ref={result} tabIndex={-1} class="oo-result-focus">
          {ended && <EndedNotice ended={ended} t={t} recordUrl={recordUrl} />}
        </div>
        <ProposalTextPanel
          t={t}
          version={textVersion}
          generate={() =>
            engine.proposalText(
              {
                customer: { id: page.account.accountNumber ?? page.account.id, name: page.account.name },
                lines: kept.map((l) => ({ productId: l.productId, productName: l.name, quantity: l.quantity, unitPrice: l.price, promotion: l.promotion })),
                validUntil: new Date(Date.parse(`${page.asOf}T00:00:00Z`) + PROPOSAL_VALID_DAYS * 86_400_000).toISOString().slice(0, 10),
                repName,
                date: page.asOf,
                firstOrder: page.newCustomer,
                ...(page.offer?.text ? { offer: page.offer.text } : {}),
                ...(page.offer ? { offerDiscountPercent: page.offer.appliedPercent } : {}),
              },
              locale,
              currency,
            )
          }
        />
        <p class="slds-text-body_small oo-weak slds-m-top_small">{t('model.date', { date: formatDay(page.modelDate, locale) })}</p>
      </div>
      <OrderFooter t={t} total={money(total)} lines={kept.length} margin={marginText()} canAccept={!invalid && kept.length > 0} ended={locked} saving={saving} onAccept={() => void save('accepted', null)} onEnd={(o, r) => void save(o, r)} />
    </article>
  );
}

/** How the rep ended the proposal, for the worker to make the record to save: every line as the rep left it. */
function toSave(draft: ProposalDraft, page: AccountPage, status: ProposalStatus, reason: DeclineReason | null): ProposalDecision {
  // The worker makes the record to save (outcomes, price steps, engine version): draft lines are decision lines.
  return { proposalId: draft.proposalId, accountId: page.account.id, asOf: page.asOf, segment: page.segment?.code ?? 'new', status, ...(reason ? { reason } : {}), lines: draft.lines };
}

/** What the session's outcome was: the Opportunity to open, or what was logged. */
function EndedNotice({ ended, t, recordUrl }: { ended: Ended; t: Translate; recordUrl: (id: string) => string }) {
  if (ended.outcome !== 'accepted') {
    return (
      <div class="slds-box slds-m-top_small oo-accepted" role="status" data-testid="ended">
        {t(`end.done.${ended.outcome}`, { reason: ended.reason ? t(`decline.${ended.reason}`) : '' })}
      </div>
    );
  }
  const { saved } = ended;
  return (
    <div class="slds-box slds-m-top_small oo-accepted" role="status" data-testid="saved">
      {saved.created ? t('accept.done') : t('accept.already')} {t('accept.locked')}{' '}
      {saved.opportunityId && (
        <a href={recordUrl(saved.opportunityId)} target="_top" data-opportunity={saved.opportunityId}>
          {t('accept.open')}
        </a>
      )}
    </div>
  );
}

/** A save the org refused: its message for the rep (the edits stay), details for the admin when setup is at fault. */
function SaveError({ error, t }: { error: PageError; t: Translate }) {
  const view = describeError(error, t);
  return (
    <div class="slds-notify slds-notify_alert slds-alert_error slds-m-top_small oo-alert" role="alert">
      <p>{view.headline}</p>
      {view.details && <p class="slds-text-body_small">{view.details}</p>}
    </div>
  );
}

/** The account could not be opened: what happened for the reader, Try again only when it can help. */
function LoadError({ error, t, retry }: { error: PageError; t: Translate; retry: () => void }) {
  const view = describeError(error, t);
  return (
    <div class="slds-notify slds-notify_alert slds-alert_error oo-alert" role="alert">
      <div>
        <h2>{view.headline}</h2>
        {view.details && (
          <details>
            <summary>{t('error.details')}</summary>
            <p class="slds-text-body_small">{view.details}</p>
          </details>
        )}
        {view.retry && (
          <button type="button" class="slds-button slds-button_inverse slds-m-top_x-small" onClick={retry}>
            {t('error.retry')}
          </button>
        )}
      </div>
    </div>
  );
}

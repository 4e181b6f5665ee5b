import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Remote } from 'comlink';
import type { ProductSummary, ProposalToSave, SavedProposal } from '../../connector/index.js';
import { ENGINE_VERSION } from '../../engine/version.js';
import { formatDay, formatMoney, formatNumber, formatPercent } from '../format.js';
import type { Translate } from '../i18n/index.js';
import { draftMargin, draftOf, draftTotal, lineProblem, type DraftLine, type ProposalDraft } from '../ProposalDraft.js';
import type { AccountPage, EngineApi } from '../worker/EngineApi.js';
import { AddProduct } from './AddProduct.js';
import { OrderSection } from './OrderSection.js';
import { ProposalTextPanel } from './ProposalTextPanel.js';

interface Props {
  engine: Remote<EngineApi>;
  accountId: string;
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
}

/** Days the commercial proposal's text says it is valid (the Opportunity's close date is the org's setting). */
const PROPOSAL_VALID_DAYS = 14;

type Load = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; page: AccountPage };

/**
 * An account's optimal order: header with segment and key figures, the three sections to edit, a
 * product to add, the total, Accept (one Opportunity, whatever the clicks), and the proposal text.
 */
export function AccountOrder({ engine, accountId, asOf, t, locale, currency, repName, recordUrl, onSaved }: Props) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [draft, setDraft] = useState<ProposalDraft | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<SavedProposal | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setLoad({ state: 'loading' });
    setSaved(null);
    setSaveError(null);
    engine.openAccount(accountId, asOf, locale).then(
      (page) => current && (setLoad({ state: 'ready', page }), setDraft(draftOf(page.lines))),
      (e: Error) => current && setLoad({ state: 'error', message: e.message }),
    );
    return () => void (current = false);
  }, [accountId, asOf, locale, attempt]);

  const money = (v: number) => formatMoney(v, locale, currency);
  const change = (key: string, c: Partial<DraftLine>) => setDraft((d) => d && { ...d, lines: d.lines.map((l) => (l.key === key ? { ...l, ...c } : l)) });
  const add = (p: ProductSummary) =>
    setDraft((d) =>
      d && d.lines.some((l) => l.key === `added:${p.productId}`)
        ? d
        : d && {
            ...d,
            lines: [...d.lines, { key: `added:${p.productId}`, productId: p.productId, product2Id: p.id, name: p.name, kind: 'extension', proposedQuantity: 1, proposedPrice: p.listPrice, quantity: 1, price: p.listPrice, priceQuote: null, probability: 0, reason: t('add.added'), promotion: null, history: [], removed: null, added: true, unitCost: p.unitCost }],
          },
    );
  // The text follows the order: a key of what it says.
  const textVersion = useMemo(() => JSON.stringify(draft?.lines.map((l) => [l.key, l.quantity, l.price, l.removed])), [draft]);

  if (load.state === 'loading') {
    return (
      <div class="slds-is-relative oo-loading" role="status" aria-live="polite">
        <div class="slds-spinner_container">
          <div class="slds-spinner slds-spinner_medium" role="presentation">
            <div class="slds-spinner__dot-a" />
            <div class="slds-spinner__dot-b" />
          </div>
        </div>
        <p class="slds-p-top_xx-large slds-text-align_center">{t('loading.account')}</p>
      </div>
    );
  }
  if (load.state === 'error') {
    return (
      <div class="slds-notify slds-notify_alert slds-alert_error" role="alert">
        <h2>
          {t('error.title')}: {load.message}
        </h2>
        <button type="button" class="slds-button slds-button_inverse slds-m-left_small" onClick={() => setAttempt((n) => n + 1)}>
          {t('error.retry')}
        </button>
      </div>
    );
  }
  const { page } = load;
  const lines = draft?.lines ?? [];
  const kept = lines.filter((l) => !l.removed);
  const invalid = lines.some((l) => lineProblem(l) !== null);
  const section = (kind: DraftLine['kind'], added = false) => lines.filter((l) => l.kind === kind && l.added === added);

  const marginText = () => {
    const m = draft ? draftMargin(draft) : { value: 0, share: null, unknown: 0 };
    if (m.share === null) return t('total.marginUnknown');
    const known = `${money(m.value)} (${formatPercent(m.share, locale, { maxDigits: 1 })})`;
    return m.unknown ? `${known}, ${t('total.marginPartial', { count: m.unknown })}` : known;
  };

  const accept = async () => {
    if (!draft || saving || saved || invalid) return;
    setSaving(true);
    setSaveError(null);
    const proposal: ProposalToSave = {
      proposalId: draft.proposalId,
      accountId: page.account.id,
      status: 'accepted',
      segment: page.segment?.code ?? 'new',
      engineVersion: ENGINE_VERSION,
      // The Opportunity's name (with the account's), stage and close date: the org's engine settings, from this day.
      day: page.asOf,
      lines: draft.lines
        .filter((l) => l.product2Id)
        .map((l) => ({
          productId: l.product2Id!,
          kind: l.kind,
          outcome: l.removed ? 'rejected' : l.quantity !== l.proposedQuantity || l.price !== l.proposedPrice ? 'edited' : 'accepted',
          proposedQuantity: l.proposedQuantity,
          quantity: l.quantity,
          proposedPrice: l.proposedPrice,
          price: l.price,
          probability: l.probability,
          reason: l.reason,
          priceSteps: l.priceQuote?.steps ?? [],
          ...(l.removed ? { rejectionReason: l.removed } : {}),
        })),
    };
    try {
      const result = await engine.accept(proposal);
      setSaved(result);
      onSaved?.(result);
    } catch (e) {
      // The org's message; the rep's edits stay as they are.
      setSaveError((e as Error).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <article class="slds-card oo-card">
      <div class="slds-card__header slds-grid">
        <header class="slds-media slds-media_center slds-has-flexi-truncate">
          <div class="slds-media__body">
            <h1 class="slds-card__header-title slds-text-heading_medium">{page.account.name}</h1>
            <p class="slds-text-body_small">{[page.account.accountNumber, page.account.country].filter(Boolean).join(' · ')}</p>
          </div>
        </header>
      </div>
      <div class="slds-card__body slds-card__body_inner">
        <dl class="slds-list_horizontal slds-wrap oo-figures">
          <dt class="slds-item_label slds-text-color_weak">{t('header.segment')}</dt>
          <dd class="slds-item_detail" data-testid="segment">
            {page.segment ? (
              <>
                <span class={`slds-badge oo-segment oo-segment_${page.segment.code}`}>{page.segment.code}</span> {page.segment.reason}
              </>
            ) : (
              <span class="slds-badge">new</span>
            )}
          </dd>
          <dt class="slds-item_label slds-text-color_weak">{t('header.lastOrder')}</dt>
          <dd class="slds-item_detail">{page.lastOrderDate ? formatDay(page.lastOrderDate, locale) : t('header.never')}</dd>
          <dt class="slds-item_label slds-text-color_weak">{t('header.usualOrder')}</dt>
          <dd class="slds-item_detail">{page.usualOrderValue === null ? '—' : money(page.usualOrderValue)}</dd>
          <dt class="slds-item_label slds-text-color_weak">{t('header.orders')}</dt>
          <dd class="slds-item_detail">{formatNumber(page.orders, locale)}</dd>
        </dl>
        {page.newCustomer && (
          <div class="slds-box slds-theme_shade slds-m-top_small" role="note">
            <h2 class="slds-text-title_bold">{t('newCustomer.title')}</h2>
            <p>{t('newCustomer.body')}</p>
          </div>
        )}
        <OrderSection title={t('section.habitual')} lines={section('habitual')} t={t} locale={locale} currency={currency} onChange={change} />
        <OrderSection title={t('section.development')} lines={section('development')} t={t} locale={locale} currency={currency} onChange={change} />
        <OrderSection title={t('section.extension')} lines={section('extension')} t={t} locale={locale} currency={currency} onChange={change} />
        {section('extension', true).length > 0 && <OrderSection title={t('section.added')} lines={section('extension', true)} t={t} locale={locale} currency={currency} onChange={change} />}
        <AddProduct t={t} locale={locale} currency={currency} search={(text) => engine.searchProducts(text)} onAdd={add} />
        <div class="slds-grid slds-grid_align-spread slds-m-top_medium oo-totals" aria-live="polite">
          <div>
            <span class="slds-text-title">{t('total.order')}</span>{' '}
            <strong class="slds-text-heading_small" data-testid="order-total">
              {money(draft ? draftTotal(draft) : 0)}
            </strong>{' '}
            <span class="slds-text-color_weak">({t('total.lines', { count: kept.length })})</span>
            <span class="slds-m-left_medium" data-testid="order-margin">
              {t('total.margin')}: {marginText()}
            </span>
          </div>
          <button type="button" class="slds-button slds-button_brand" disabled={saving || !!saved || invalid || kept.length === 0} onClick={accept}>
            {saving ? t('accept.saving') : t('accept.button')}
          </button>
        </div>
        {invalid && <p class="slds-text-color_error slds-m-top_x-small">{t('accept.invalid')}</p>}
        {saveError && (
          <div class="slds-notify slds-notify_alert slds-alert_error slds-m-top_small" role="alert">
            {saveError}
          </div>
        )}
        {saved && (
          <div class="slds-notify slds-notify_alert slds-alert_offline slds-theme_success slds-m-top_small" role="status" data-testid="saved">
            {saved.created ? t('accept.done') : t('accept.already')}{' '}
            {saved.opportunityId && (
              <a href={recordUrl(saved.opportunityId)} target="_top" data-opportunity={saved.opportunityId}>
                {t('accept.open')}
              </a>
            )}
          </div>
        )}
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
              },
              locale,
              currency,
            )
          }
        />
        <p class="slds-text-body_small slds-text-color_weak slds-m-top_small">{t('model.date', { date: formatDay(page.modelDate, locale) })}</p>
      </div>
    </article>
  );
}

import { useMemo, useState } from 'preact/hooks';
import type { CampaignChoices, CampaignTargetView } from '../../worker/EngineApi.js';
import type { CampaignKey } from '../../i18n/campaignMessages.js';
import { formatDay } from '../../format.js';

type Kind = CampaignTargetView['kind'];
type Words = (key: CampaignKey, vars?: Record<string, string | number>) => string;

interface Props {
  w: Words;
  locale: string;
  choices: CampaignChoices;
  onPick: (target: CampaignTargetView | null) => void;
}

/** Most options listed under the search box: the search narrows a long catalogue. */
const SHOWN = 50;

/** The campaign's target: a product, a group or a promotion, found by searching. */
export function CampaignTargetPicker({ w, locale, choices, onPick }: Props) {
  const [kind, setKind] = useState<Kind>('promotion');
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState('');
  const options = useMemo(() => optionsOf(kind, choices, w, locale), [kind, choices, locale]);
  const needle = text.trim().toLowerCase();
  const shown = options.filter((o) => !needle || o.label.toLowerCase().includes(needle)).slice(0, SHOWN);
  const pick = (value: string) => {
    setChosen(value);
    onPick(value ? (kind === 'products' ? { kind, ids: [value] } : kind === 'group' ? { kind, id: value } : { kind, name: value }) : null);
  };
  return (
    <fieldset class="slds-form-element">
      <legend class="slds-form-element__legend slds-form-element__label">{w('campaign.target')}</legend>
      <div class="slds-form-element__control oo-campaign-kinds">
        {(['promotion', 'products', 'group'] as const).map((k) => (
          <span class="slds-radio" key={k}>
            <input type="radio" id={`oo-campaign-kind-${k}`} name="oo-campaign-kind" value={k} checked={kind === k} onChange={() => (setKind(k), pick(''))} />
            <label class="slds-radio__label" for={`oo-campaign-kind-${k}`}>
              <span class="slds-radio_faux" />
              <span class="slds-form-element__label">{w(`campaign.kind.${k}`)}</span>
            </label>
          </span>
        ))}
      </div>
      <label class="slds-form-element__label" for="oo-campaign-search">{w('campaign.search')}</label>
      <input id="oo-campaign-search" class="slds-input" type="search" value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <label class="slds-form-element__label" for="oo-campaign-choice">{w('campaign.choose')}</label>
      <select id="oo-campaign-choice" class="slds-select" size={6} value={chosen} onChange={(e) => pick(e.currentTarget.value)}>
        {shown.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {shown.length === 0 && <p class="slds-text-color_weak">{w('campaign.none')}</p>}
    </fieldset>
  );
}

function optionsOf(kind: Kind, c: CampaignChoices, w: Words, locale: string): { value: string; label: string }[] {
  if (kind === 'products') return c.products.map((p) => ({ value: p.id, label: p.name === p.id ? p.id : `${p.name} (${p.id})` }));
  if (kind === 'group') return c.groups.map((g) => ({ value: g.id, label: w('campaign.groupOption', { id: g.id, count: g.products }) }));
  return c.promotions.map((p) => ({ value: p.name, label: w('campaign.promotionOption', { name: p.name, discount: p.discountPercent, until: formatDay(p.validTo, locale) }) }));
}

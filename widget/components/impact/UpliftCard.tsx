import { formatNumber, formatPercent } from '../../format.js';
import type { ImpactKey } from '../../i18n/index.js';
import type { ImpactView } from '../../worker/EngineApi.js';

interface Props {
  view: ImpactView;
  locale: string;
  w: (key: ImpactKey, vars?: Record<string, string | number>) => string;
}

/**
 * The uplift of revenue per account, treated against the comparison group: the estimate with its
 * 95 % interval (as a range and as a bar around 0), the plain-language verdict, and how many
 * account-months each side counted. Without a comparison group, why there is none.
 */
export function UpliftCard({ view, locale, w }: Props) {
  const u = view.uplift;
  const pct = (x: number) => formatPercent(x, locale, { signed: true });
  return (
    <section class="slds-box slds-m-top_medium oo-uplift" aria-labelledby="oo-uplift-title" data-testid="impact-uplift">
      <h3 id="oo-uplift-title" class="slds-text-heading_small">{w('impact.uplift')}</h3>
      {u ? (
        <>
          <p class="slds-text-heading_medium" data-testid="uplift-estimate">
            {pct(u.estimate)} <span class="slds-text-body_regular">[{pct(u.ci95[0])}, {pct(u.ci95[1])}]</span>
          </p>
          <p data-testid="uplift-verdict">{view.verdict}</p>
          <p class="slds-text-body_small oo-weak" data-testid="uplift-figures">
            {w('impact.upliftFigures', { treated: formatNumber(u.treated, locale), control: formatNumber(u.control, locale), low: pct(u.ci95[0]), high: pct(u.ci95[1]) })} {view.upliftMonths.join(', ')}
          </p>
        </>
      ) : (
        <p data-testid="uplift-verdict">{view.upliftMonths.length ? view.verdict : w('impact.noUplift')}</p>
      )}
    </section>
  );
}

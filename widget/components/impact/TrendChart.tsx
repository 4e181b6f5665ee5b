import { formatMoney, formatPercent } from '../../format.js';
import type { ImpactRow } from '../../worker/EngineApi.js';

interface Props {
  rows: readonly ImpactRow[];
  locale: string;
  currency: string;
  title: string;
  description: string;
  labels: { month: string; captured: string; conversion: string };
}

const WIDTH = 320;
const HEIGHT = 120;
const GAP = 4;

/**
 * The monthly trend: a bar per month of the value captured, its height scaled to the largest,
 * and the conversion written above it. The chart is an image with a description; the same figures
 * follow in a table (the accessible alternative, and what a screen reader reads). Scales to its column.
 */
export function TrendChart({ rows, locale, currency, title, description, labels }: Props) {
  if (!rows.length) return null;
  const max = Math.max(...rows.map((r) => r.capturedValue), 1);
  const bar = (WIDTH - GAP * (rows.length - 1)) / rows.length;
  return (
    <figure class="oo-trend" aria-labelledby="oo-trend-title">
      <h3 id="oo-trend-title" class="slds-text-title_caps slds-m-bottom_x-small">{title}</h3>
      <svg role="img" aria-label={title} aria-describedby="oo-trend-description" viewBox={`0 0 ${WIDTH} ${HEIGHT + 28}`} width="100%" preserveAspectRatio="xMidYMid meet" data-testid="impact-trend">
        {rows.map((r, i) => {
          const h = Math.max(1, Math.round((r.capturedValue / max) * (HEIGHT - 16)));
          const x = i * (bar + GAP);
          return (
            <g key={r.period}>
              <rect x={x} y={HEIGHT - h} width={bar} height={h} class="oo-trend__bar" />
              <text x={x + bar / 2} y={HEIGHT - h - 3} text-anchor="middle" class="oo-trend__value">{formatPercent(r.conversion, locale, { maxDigits: 0 })}</text>
              <text x={x + bar / 2} y={HEIGHT + 14} text-anchor="middle" class="oo-trend__label">{r.period.slice(2)}</text>
            </g>
          );
        })}
      </svg>
      <figcaption id="oo-trend-description" class="slds-text-body_small oo-weak">{description}</figcaption>
      <table class="slds-table slds-table_bordered slds-table_cell-buffer oo-impact-table slds-m-top_x-small" data-testid="impact-trend-table">
        <thead>
          <tr>
            <th scope="col">{labels.month}</th>
            <th scope="col" class="oo-number">{labels.captured}</th>
            <th scope="col" class="oo-number">{labels.conversion}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.period}>
              <th scope="row">{r.period}</th>
              <td class="oo-number">{formatMoney(r.capturedValue, locale, currency)}</td>
              <td class="oo-number">{formatPercent(r.conversion, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

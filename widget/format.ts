// Numbers, money and dates through Intl, as the engine formats them (its small formatting modules only).
export { formatMoney } from '../engine/i18n/formatMoney.js';
export { formatNumber } from '../engine/i18n/formatNumber.js';
export { formatPercent } from '../engine/i18n/formatPercent.js';
export { formatDay } from '../engine/i18n/formatDay.js';

import Mustache from 'mustache';
import { EngineError } from '../EngineError.js';
import { resolveLocale } from '../i18n/index.js';
import { escapeHtml } from './escapeHtml.js';
import type { ProposalTextInput } from './ProposalTextInput.js';
import { proposalView } from './proposalView.js';
import { PROPOSAL_TEMPLATES, type ProposalFormat } from './templates/index.js';
import { templateTags } from './templateTags.js';

/** Options of `renderProposalText`. */
export interface ProposalTextOptions {
  /** BCP 47 tag: the language picks the template and words (`es-MX` → Spanish; unknown → English), the full tag formats numbers and dates. */
  locale: string;
  /** `text` for e-mail and the clipboard (nothing escaped), `html` for a page (every value escaped). */
  format: ProposalFormat;
  /** ISO 4217 code of every price, e.g. `GBP` for the shared data. */
  currency: string;
  /** A template of the integrator's (an admin's wording) instead of the built-in one for the locale and format. */
  template?: string;
}

/**
 * The commercial proposal, rendered from a Mustache template: customer, lines with quantities,
 * unit prices, line totals and promotions, the total, the validity date and the rep's name, in
 * the locale's words and formats. In HTML every value is escaped, and a template that would
 * output one raw (`{{{x}}}`, `{{&x}}`) is refused with `EngineError('UNSAFE_TEMPLATE')`.
 */
export function renderProposalText(input: ProposalTextInput, options: ProposalTextOptions): string {
  const { locale, format, currency } = options;
  const template = options.template ?? PROPOSAL_TEMPLATES[resolveLocale(locale)][format];
  if (format === 'html') {
    const raw = templateTags(template).find((t) => t.kind === '&');
    if (raw) throw new EngineError('UNSAFE_TEMPLATE', `proposal template (html): {{{${raw.path}}}} would output a value unescaped; use {{${raw.path}}}`);
  }
  const view = proposalView(input, locale, currency);
  return Mustache.render(template, view, {}, { escape: format === 'html' ? escapeHtml : String });
}

// The proposal templates, as TypeScript strings so the engine reads no files.

import type { Locale } from '../../i18n/index.js';
import { proposalHtmlEn } from './proposalHtmlEn.js';
import { proposalHtmlEs } from './proposalHtmlEs.js';
import { proposalTextEn } from './proposalTextEn.js';
import { proposalTextEs } from './proposalTextEs.js';

/** The output formats of the proposal text. */
export type ProposalFormat = 'text' | 'html';

/** The built-in proposal templates, by language and format. */
export const PROPOSAL_TEMPLATES: Readonly<Record<Locale, Readonly<Record<ProposalFormat, string>>>> = {
  en: { text: proposalTextEn, html: proposalHtmlEn },
  es: { text: proposalTextEs, html: proposalHtmlEs },
};

export { proposalHtmlEn, proposalHtmlEs, proposalTextEn, proposalTextEs };

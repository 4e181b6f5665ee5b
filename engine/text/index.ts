// The public face of the commercial proposal text: templates rendered in the rep's language, as
// plain text or HTML.

export type { ProposalTextInput, ProposalTextLine } from './ProposalTextInput.js';
export { renderProposalText, type ProposalTextOptions } from './renderProposalText.js';
export { proposalView, type ProposalView } from './proposalView.js';
export { proposalTextInputOf, type ProposalTextContext } from './proposalTextInputOf.js';
export { PROPOSAL_TEMPLATES, type ProposalFormat } from './templates/index.js';
export { escapeHtml } from './escapeHtml.js';
export { templateTags, type TemplateTag } from './templateTags.js';

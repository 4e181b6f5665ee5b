// The public face of proposals: a fitted model's ranking turned into lines a rep can read.

export type { CustomerProposal, ProposalLine, LineKind } from './CustomerProposal.js';
export { proposeOrders, type ProposeOptions } from './proposeOrders.js';

// The public face of impact: what followed the proposals, the control group and the uplift.

export { stableHash, stableFraction } from './stableHash.js';
export { controlGroup } from './controlGroup.js';
export { periodOf } from './periodOf.js';
export { matchOutcomes, type ProposedLine, type LaterOrderLine, type LineOutcomeResult, type ProposalConversion, type MatchedOutcomes } from './matchOutcomes.js';
export { estimateUplift, type UpliftUnit, type UpliftEstimate } from './estimateUplift.js';
export { upliftVerdict } from './upliftVerdict.js';
export { summarizeImpact, type ImpactProposal, type ImpactLine, type ImpactRow, type LineFigures, type Section } from './summarizeImpact.js';
export { mulberry32 } from './mulberry32.js';
export { simulateImpact, type SimulationOptions, type SimulationResult, type SimulatedMonth } from './simulateImpact.js';
export { simulateVisit, type SimulatedLine, type VisitInput, type VisitResult } from './simulateVisit.js';
export { revenueBetween, preperiodCovariates, orderLinesBetween, meanPrices } from './accountFigures.js';

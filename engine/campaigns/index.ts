// The public face of campaigns: which accounts to offer a product, an up-sell or a reactivation,
// ranked by a calibrated propensity learnt on earlier cut-offs; its evaluation and baselines.

// Ranking a campaign
export { rankCampaign, fitCampaignModels, excludedBy, type CampaignModels, type RankedCampaign } from './rankCampaign.js';
export { DEFAULT_FATIGUE_DAYS, type CampaignExclusions, type CampaignLine, type CampaignRequest } from './CampaignRequest.js';
export { CAMPAIGN_KINDS, campaignKind, lapsedRegular, REGULAR_ORDERS, LAPSE_FACTOR, MIN_LAPSE_DAYS, MIN_UPSELL_PREMIUM, type CampaignKind, type KindEvidence } from './campaignKind.js';
export { campaignTargetIds, type CampaignTarget } from './campaignTargetIds.js';
export { campaignReason, type ReasonFacts } from './campaignReason.js';
export { campaignMessage, type CampaignMessageContext } from './campaignMessage.js';
export { CAMPAIGN_MESSAGE_TEMPLATES } from './messageTemplates.js';

// The propensity model and what it is built from
export { fitPropensity, fitPropensities, scorePropensity, activities, neverBought, type PropensityModelState, type RowFilter } from './propensityModel.js';
export { DEFAULT_PROPENSITY_SETTINGS, type PropensitySettings } from './PropensitySettings.js';
export { propensityFeatures, variantsOf, PROPENSITY_FEATURE_NAMES, PROPENSITY_FEATURE_COUNT } from './propensityFeatures.js';
export { customerNeighbours, NEIGHBOURS, type CustomerNeighbours } from './customerNeighbours.js';
export { fitBoostedTrees, boostedLogit, DEFAULT_BOOSTING, type BoostedTreesState, type BoostingOptions } from './boostedTrees.js';
export { campaignIndex, activeCustomers, RECENT_WINDOW_DAYS, OWN_HALF_LIFE_DAYS, type CampaignIndex } from './CampaignIndex.js';
export { accountActivity, type AccountActivity } from './accountActivity.js';
export { productAffinity, type ProductAffinity } from './productAffinity.js';
export { productValue, type ProductValue } from './productValues.js';

// Evaluation
export { productsByRecentOrders, campaignTargetProducts, PROTOCOL_TARGETS, type TargetChoice } from './campaignProducts.js';
export { campaignOutcomes } from './campaignOutcomes.js';
export { rocAuc, precisionAtK } from './rankingMetrics.js';
export { activityScorer, itemKnnScorer, type CampaignScorer } from './campaignBaselines.js';
export { evaluateCampaigns, type CampaignEvaluation, type CampaignEvaluationRow } from './evaluateCampaigns.js';

// The public face of development opportunities (up-sell): products bought below potential, and premium variants.

export { PeerShares } from './PeerShares.js';
export { underBought, DEFAULT_UNDER_BOUGHT, type UnderBoughtSettings } from './underBought.js';
export { premiumVariant, MIN_PREMIUM, type PremiumVariant } from './premiumVariant.js';

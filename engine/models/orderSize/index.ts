// How many lines an order should hold: the customer's basket sizes and the F1-optimal cut.

export { basketSizes } from './basketSizes.js';
export { usualBasketSize } from './usualBasketSize.js';
export { expectedBasketSize } from './expectedBasketSize.js';
export { populationBasketSize } from './populationBasketSize.js';
export { f1OptimalCount, type F1OptimalCountOptions, type FixedLines } from './f1OptimalCount.js';

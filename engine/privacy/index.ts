// The public face of what the shared model may say about few customers.

export { MIN_CELL_BUYERS, productBuyers } from './minimumCell.js';

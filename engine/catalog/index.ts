// The public face of catalogue helpers.

export { productGroup } from './productGroup.js';

import type { PreparedExtension } from '../models/index.js';
import { preparedPrices } from '../pricing/index.js';
import { MIN_CELL_BUYERS, productBuyers } from '../privacy/index.js';
import { ENGINE_VERSION } from '../version.js';
import type { EngineParts } from './EngineParts.js';
import { PREPARED_MODEL_FORMAT, type PreparedModel } from './PreparedModel.js';

/**
 * The fitted parts as a prepared model (see `PreparedModel`): everything a proposal takes from
 * other customers that no single one of them can be read from. The parts already hold no figure
 * of fewer than `MIN_CELL_BUYERS` buyers (prices, peer shares, quantities, demand, habitual
 * globals), but for the extension model's first-order quantities, cut here (`shareableExtension`).
 */
export function prepareModel(parts: EngineParts): PreparedModel {
  return {
    format: PREPARED_MODEL_FORMAT,
    engineVersion: ENGINE_VERSION,
    asOf: parts.asOf,
    customers: parts.segments.size,
    horizonDays: parts.horizonDays,
    productIds: parts.past.productIds,
    productNames: parts.past.productNames,
    habitual: parts.habitual.prepared(),
    extension: shareableExtension(parts.extension.prepared(), productBuyers(parts.past)),
    peerShares: parts.peers.shares,
    prices: preparedPrices(parts.book),
    demand: [...parts.demand],
    basketSizePrior: parts.basketSizePrior,
    quantities: parts.quantities,
  };
}

/**
 * The extension model as it may be shared: a product of fewer than `MIN_CELL_BUYERS` buyers gets
 * the first-order quantity of a product nobody bought (1), not its few buyers' median. Its only
 * reader is a never-bought suggestion's quantity, and the extension model suggests only the most
 * bought products (its item model's), so views propose what the whole fit does.
 */
function shareableExtension(extension: PreparedExtension, buyers: Int32Array): PreparedExtension {
  const quantities = extension.quantities.map((q, p) => ((buyers[p] ?? 0) < MIN_CELL_BUYERS ? 1 : q));
  return { ...extension, quantities };
}

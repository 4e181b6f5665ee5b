import { preparedPrices } from '../pricing/index.js';
import { ENGINE_VERSION } from '../version.js';
import type { EngineParts } from './EngineParts.js';
import { PREPARED_MODEL_FORMAT, type PreparedModel } from './PreparedModel.js';

/** The fitted parts as a prepared model (see `PreparedModel`): everything a proposal takes from other customers. */
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
    extension: parts.extension.prepared(),
    peerShares: parts.peers.shares,
    prices: preparedPrices(parts.book),
    demand: [...parts.demand],
    basketSizePrior: parts.basketSizePrior,
    quantities: parts.quantities,
  };
}

import type { PeerShares } from '../development/index.js';
import type { FittedExtensionModel, FittedHabitualModel } from '../models/index.js';
import type { Demand, PriceBook } from '../pricing/index.js';
import type { OrderHistory } from '../prep/index.js';
import type { ProductQuantities } from '../quantity/index.js';
import type { CustomerSegment } from '../segments/index.js';

/** The fitted parts an optimal order is assembled from (by `fitOptimalOrder` or `fitFromPrepared`). */
export interface EngineParts {
  past: OrderHistory;
  asOf: number;
  habitual: FittedHabitualModel;
  extension: FittedExtensionModel;
  peers: PeerShares;
  segments: Map<number, CustomerSegment>;
  book: PriceBook;
  demand: readonly Demand[];
  /** The product names of never-bought suggestions (a one-customer history names only its own). */
  productNames: readonly string[];
  horizonDays: number;
  /** The prior of each customer's expected basket size (`populationBasketSize`); `NaN`: none. */
  basketSizePrior: number;
  /** All customers' quantities of each product (`productQuantities`), for the quantity guard. */
  quantities: ProductQuantities;
}

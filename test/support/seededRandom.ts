import { mulberry32 } from '../../engine/index.js';

/** A small seeded PRNG (the engine's mulberry32) so randomised tests are repeatable. Returns values in [0, 1). */
export const seededRandom: (seed: number) => () => number = mulberry32;

// The public face of the models: one interface, the engine's model and the baselines.

export type { Model, FittedModel, ScoredProduct } from './Model.js';

import type { Segment } from '../segments/index.js';
import type { ClientRule } from './BusinessRules.js';

/** Which kind of client rule a segment falls under: one-time, at-risk and lapsed customers are won back (reactivation). */
export function clientKindOf(segment: Segment): ClientRule['appliesTo'] {
  return segment === 'new' ? 'new' : segment === 'active' ? 'active' : 'win-back';
}

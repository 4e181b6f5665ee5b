import { canonicalPreset } from './canonicalPreset.js';
import { EngineError } from '../EngineError.js';
import { onlineRetailPreset } from './onlineRetailPreset.js';
import type { OrderPreset } from './OrderPreset.js';

/** The names of the built-in presets. */
export type PresetName = 'canonical' | 'online-retail';

/** The built-in presets by name. */
export const orderPresets: Readonly<Record<PresetName, OrderPreset>> = {
  canonical: canonicalPreset,
  'online-retail': onlineRetailPreset,
};

/** The built-in preset called `name`; throws `UNKNOWN_PRESET` listing the known names otherwise. */
export function getOrderPreset(name: string): OrderPreset {
  if (Object.hasOwn(orderPresets, name)) return orderPresets[name as PresetName];
  throw new EngineError(
    'UNKNOWN_PRESET',
    `unknown preset ${JSON.stringify(name)} (known: ${Object.keys(orderPresets).join(', ')})`,
  );
}

import type { Translate, UiKey } from './index.js';

/** A segment's name in the rep's language ("at risk", "en riesgo"); a segment the widget does not know yet keeps its code. */
export function segmentLabel(t: Translate, code: string): string {
  const key = `segment.${code}` as UiKey;
  const text = t(key);
  return text === key ? code : text;
}

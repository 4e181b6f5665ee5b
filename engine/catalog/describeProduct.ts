import { COLOUR_LEXICON, MATERIAL_LEXICON, THEME_LEXICON, TYPE_LEXICON } from './attributeLexicon.js';
import { lexiconMatcher, tokenise } from './lexiconMatcher.js';

/** The attributes a product description states; null where it states none. */
export interface DescribedAttributes {
  type: string | null;
  colour: string | null;
  theme: string | null;
  material: string | null;
  /** Items in a pack or set, when the description says ("PACK OF 72", "SET/20", "12 PENCILS"). */
  pack_size: number | null;
}

const typeOf = lexiconMatcher(TYPE_LEXICON);
const colourOf = lexiconMatcher(COLOUR_LEXICON);
const themeOf = lexiconMatcher(THEME_LEXICON);
const materialOf = lexiconMatcher(MATERIAL_LEXICON);
const THEME_ORDER = THEME_LEXICON.map(([value]) => value);

/** "PACK OF 72", "SET/20", "SET 2", "BOX OF 24": a container word, then the count. */
const PACK_OF = /\b(?:PACK|SET|BOX|TUBE|BAG|TIN|JAR|ROLL)\s*(?:OF\s*)?\/?\s*(\d{1,4})(?![\w'.])/;
/** "12 PENCILS", "200 RED + WHITE BENDY STRAWS": a count first, not a size or a part. */
const LEADING_COUNT = /^(\d{1,4})\s+(?!(?:TIER|TIERS|DRAWER|HOOK|HOOKS|WICK|LAYER|STRIPE|INCH|CM|PIECE\s+SET)\b)[A-Z]/;

/**
 * The attributes of a product from its description, deterministically: the type is the last product
 * noun named (the head of the description), the colour and material the first named, the theme the
 * first of `THEME_LEXICON`'s order that is named, the pack size where stated (`PACK_OF`, a leading
 * count). Words are matched whole, longest phrase first (see `lexiconMatcher`).
 */
export function describeProduct(description: string): DescribedAttributes {
  const tokens = tokenise(description);
  const types = typeOf(tokens);
  const themes = new Set(themeOf(tokens).map((m) => m.value));
  return {
    type: types.length > 0 ? types[types.length - 1]!.value : null,
    colour: colourOf(tokens)[0]?.value ?? null,
    theme: THEME_ORDER.find((t) => themes.has(t)) ?? null,
    material: materialOf(tokens)[0]?.value ?? null,
    pack_size: packSize(description.toUpperCase()),
  };
}

/** The pack size a description states, or null. */
function packSize(text: string): number | null {
  const m = PACK_OF.exec(text) ?? LEADING_COUNT.exec(text.trim());
  const n = m ? Number(m[1]) : NaN;
  return n >= 2 ? n : null;
}

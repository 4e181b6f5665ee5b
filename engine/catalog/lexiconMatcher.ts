import type { Lexicon } from './attributeLexicon.js';

/** Where a lexicon names a value in a description: the value and its word position. */
export interface LexiconMatch {
  value: string;
  position: number;
}

/** Finds a lexicon's values in tokenised descriptions (see `lexiconMatcher`). */
export type LexiconMatcher = (tokens: readonly string[]) => LexiconMatch[];

/**
 * A matcher for `lexicon`: every value named in a description's tokens, in word order; at each
 * position the longest phrase wins and its words are consumed ("CAKE STAND" is one match, not
 * "CAKE" then "STAND").
 */
export function lexiconMatcher(lexicon: Lexicon): LexiconMatcher {
  const byFirst = new Map<string, { words: string[]; value: string }[]>();
  for (const [value, phrases] of lexicon) {
    for (const phrase of phrases) {
      const words = tokenise(phrase);
      const list = byFirst.get(words[0]!) ?? [];
      list.push({ words, value });
      byFirst.set(words[0]!, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return (tokens) => {
    const matches: LexiconMatch[] = [];
    for (let i = 0; i < tokens.length; ) {
      const hit = byFirst.get(tokens[i]!)?.find((p) => p.words.every((w, j) => tokens[i + j] === w));
      if (hit) matches.push({ value: hit.value, position: i });
      i += hit ? hit.words.length : 1;
    }
    return matches;
  };
}

/** A description's words: upper case, split on white space, `/`, `,` and `+` ("SET/20" → SET, 20). */
export function tokenise(text: string): string[] {
  return text.toUpperCase().split(/[\s/,+()]+/).filter((t) => t !== '');
}

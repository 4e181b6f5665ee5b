import type { messagesEn } from './messagesEn.js';

/**
 * A message whose words depend on a count, one form per CLDR plural category the language uses
 * (`Intl.PluralRules` picks it from the `count` parameter; `other` is the fallback).
 * English and Spanish need `one` and `other`.
 */
export interface PluralMessage {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** A catalogue entry: text with `{name}` placeholders, or plural forms of it. */
export type Message = string | PluralMessage;

/** Every message key; the English catalogue is the reference. */
export type MessageKey = keyof typeof messagesEn;

/**
 * The shape every catalogue has: exactly the English keys, each a string or plural forms as in
 * English. Typing a catalogue with it makes a missing or extra key a compile error.
 */
export type Messages = { readonly [K in MessageKey]: (typeof messagesEn)[K] extends string ? string : PluralMessage };

/** The `{name}` placeholders of a message text, as a union of names. */
type Placeholders<S> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

/** The placeholders of a message: of its text, or of all its plural forms plus `count`. */
type MessagePlaceholders<M> = M extends string ? Placeholders<M> : 'count' | Placeholders<M[keyof M]>;

/** The parameters message `K` takes, typed from its English text, so a missing one is a compile error. */
export type MessageParams<K extends MessageKey> = { readonly [P in MessagePlaceholders<(typeof messagesEn)[K]>]: string | number };

/** A language the catalogue speaks. Region variants (`es-MX`, `en-GB`) share their language's messages. */
export type Locale = 'en' | 'es';

/** Every supported language; the first is the fallback for anything unknown. */
export const LOCALES: readonly Locale[] = ['en', 'es'];

/** The language of last resort: the engine's own messages were written in it. */
export const DEFAULT_LOCALE: Locale = 'en';

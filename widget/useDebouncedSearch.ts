import { useEffect, useState } from 'preact/hooks';
import type { PageError } from './components/describeError.js';

/** Results of `search` for what the user typed, once typing pauses (200 ms) and from 2 characters; null before; the error as it came (its code too). */
export function useDebouncedSearch<T>(text: string, search: (text: string) => Promise<T[]>): { found: T[] | null; error: PageError | null } {
  const [found, setFound] = useState<T[] | null>(null);
  const [error, setError] = useState<PageError | null>(null);
  useEffect(() => {
    const query = text.trim();
    if (query.length < 2) return setFound(null);
    let current = true;
    const timer = setTimeout(() => {
      search(query).then(
        (results) => current && (setFound(results), setError(null)),
        (e: PageError) => current && setError(e),
      );
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text]);
  return { found, error };
}

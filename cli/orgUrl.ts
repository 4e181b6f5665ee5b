import { quoteText } from '../engine/index.js';
import { UsageError } from './UsageError.js';

/** Hosts that never leave the machine: the only ones `--org` may reach over plain `http`. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The `--org` URL, checked: `https`, or `http` to this machine only (the fake org of `npm run
 * fake-org`). Over plain `http` to any other host the session id would cross the network in clear
 * text, readable and replayable by anyone on the way, so it is refused with a usage error.
 */
export function orgUrl(text: string, command: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--org must be the org's URL, such as https://yourdomain.my.salesforce.com, got ${quoteText(text)}`, command);
  }
  if (url.protocol === 'https:') return text;
  if (url.protocol === 'http:') {
    if (LOCAL_HOSTS.has(url.hostname)) return text;
    throw new UsageError(
      `--org ${quoteText(text)} is plain http: the session would cross the network unencrypted. Use https (http is for localhost, 127.0.0.1 and [::1] only)`,
      command,
    );
  }
  throw new UsageError(`--org must be an https URL, got ${quoteText(text)}`, command);
}

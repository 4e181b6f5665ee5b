import { parseArgs } from 'node:util';
import { EngineError } from '../engine/index.js';
import type { CliIo } from './CliIo.js';
import { positiveIntFlag, required } from './options.js';
import { SHARED_ORDERS } from './sharedData.js';
import { synthOrders } from './synthOrders.js';
import { UsageError } from './UsageError.js';

/** The flags of `npm run synth`. */
export const SYNTH_OPTIONS = {
  scale: { type: 'string' },
  out: { type: 'string' },
  from: { type: 'string' },
  seed: { type: 'string' },
} as const;

/** Usage text of `npm run synth`. */
export const SYNTH_HELP = `Usage: npm run synth -- --scale N --out FILE [--from FILE] [--seed N]

A synthetic org for scale: every customer of an Online Retail file N times (copy 1 is the file as
it is; each further copy has new customer ids and invoice numbers, its dates moved by up to 7 days
per customer, inside the file's span, and its quantities scaled by ±20 % per customer and product),
written in the same columns, for --preset online-retail. The same seed gives the same bytes.

  --scale N     copies of every customer (1 = the file itself)
  --out FILE    where to write; gzipped when FILE ends in .gz
  --from FILE   the file to clone (default: the shared data, ../shared/data/)
  --seed N      the perturbations' seed (default 1)`;

/** `npm run synth`: parses the flags, writes the file, reports on stderr; 2 on bad flags or a bad source file. */
export async function synthCommand(args: string[], io: CliIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(SYNTH_HELP + '\n');
    return 0;
  }
  try {
    const { values } = parseArgs({ args, options: SYNTH_OPTIONS, strict: true, allowPositionals: false });
    const scale = positiveIntFlag(required(values, 'scale', 'synth'), 1, 'scale', 'synth');
    const out = required(values, 'out', 'synth');
    const seed = positiveIntFlag(values.seed, 1, 'seed', 'synth');
    const from = values.from ?? SHARED_ORDERS;
    const result = await synthOrders({ from, scale, out, seed, onProgress: (k, lines) => io.stderr.write(`synth: copy ${k}/${scale} written, ${lines} lines so far\n`) });
    io.stderr.write(`synth: ${result.customers} customers, ${result.lines} lines written to ${out}\n`);
    return 0;
  } catch (error) {
    const usage = error instanceof UsageError || (error as { code?: unknown }).code?.toString().startsWith('ERR_PARSE_ARGS');
    if (!usage && !(error instanceof EngineError)) throw error;
    io.stderr.write(`synth: ${(error as Error).message}\n${usage ? `\n${SYNTH_HELP}\n` : ''}`);
    return 2;
  }
}

// `npm run bench:100x`: the synthetic org at 1× and 100× (about 32 M lines), opt-in, for the README.
import { fileURLToPath } from 'node:url';
import { parseDateTime } from '../../engine/index.js';
import { SHARED_DATA_TODAY, SHARED_ORDERS } from '../sharedData.js';
import { formatScaleFigures, scaleFigures } from './scaleFigures.js';

const CLI = fileURLToPath(new URL('./optimal-order.js', import.meta.url));
/** Node's default heap limit (about 4 GB here) is not the machine's: let the 100× prepare use what it needs, and report it. */
const HEAP = ['--max-old-space-size=16384'];
const scales = (process.env.SCALES ?? '1,100').split(',').map(Number);

process.stdout.write(`# Scale bench, the synthetic org at ${scales.join('×, ')}× (npm run synth), as of ${SHARED_DATA_TODAY}\n`);
for (const line of formatScaleFigures(await scaleFigures(CLI, SHARED_ORDERS, parseDateTime(SHARED_DATA_TODAY), scales, HEAP))) process.stdout.write(line + '\n');

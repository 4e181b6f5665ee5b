import { fileURLToPath } from 'node:url';

/**
 * The shared Online Retail file, which lives beside the repository (`../shared/data/`) and is never
 * copied into it. Resolved from this module: `cli/` in the sources and `dist/` in the build are
 * both one level below the repository root.
 */
export const SHARED_ORDERS = fileURLToPath(new URL('../../shared/data/online-retail-2010-12-to-2011-08.csv.gz', import.meta.url));

/** The cut-off and horizon of the shared data's development protocol (see its README). */
export const DEV_PROTOCOL = { cutoff: '2011-07-01', horizonDays: 62 } as const;

/** The day after the shared data's last order: "today" for a demo or a page view over it. */
export const SHARED_DATA_TODAY = '2011-09-01';

import { UsageError } from './UsageError.js';

/**
 * The access token for `--org`: the `SF_ACCESS_TOKEN` environment variable first, `--token` only
 * without it, with a warning on stderr. A command-line argument is visible to every user of the
 * machine in the process list (`ps`) and stays in the shell's history; the environment is not.
 */
export function orgToken(
  flag: string | undefined,
  command: string,
  stderr: NodeJS.WritableStream,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const fromEnv = env.SF_ACCESS_TOKEN;
  if (fromEnv) {
    if (flag !== undefined) stderr.write(`optimal-order ${command}: --token ignored, SF_ACCESS_TOKEN is set and used\n`);
    return fromEnv;
  }
  if (!flag) throw new UsageError('--org needs an access token: set SF_ACCESS_TOKEN (or, less safely, --token)', command);
  stderr.write(`optimal-order ${command}: warning: --token shows in the process list (ps) and the shell's history; set SF_ACCESS_TOKEN instead\n`);
  return flag;
}

import { runCli } from '../../cli/runCli.js';
import { captureStream } from './captureStream.js';

/** Runs one `optimal-order` command line in process and returns its exit code and what it printed. */
export async function runCommand(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = captureStream();
  const stderr = captureStream();
  const code = await runCli(argv, { stdout: stdout.stream, stderr: stderr.stream });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

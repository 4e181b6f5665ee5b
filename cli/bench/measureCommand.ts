import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const PRELOAD = fileURLToPath(new URL('../cli/bench/reportPeakMemory.mjs', import.meta.url));

/** Wall time and peak resident memory of one run of a Node script. */
export interface CommandMeasure {
  wallMs: number;
  peakMb: number;
  exitCode: number;
  /** What the command wrote on stderr (its progress, reports and, for some, timings). */
  stderr: string;
}

/** Runs `node [nodeArgs…] script args…` with the peak-memory preload and measures it. */
export function measureCommand(script: string, args: string[], nodeArgs: string[] = []): Promise<CommandMeasure> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [...nodeArgs, '--import', PRELOAD, script, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - start;
      const kb = Number(/bench:peak-rss-kb (\d+)/.exec(stderr)?.[1] ?? NaN);
      if (code !== 0) return reject(new Error(`${script} ${args.join(' ')} exited with ${code}:\n${stderr}`));
      resolve({ wallMs, peakMb: kb / 1024, exitCode: code, stderr });
    });
  });
}

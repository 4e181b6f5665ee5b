import { ConnectorError } from '../connector/index.js';
import { EngineError } from '../engine/index.js';
import type { CliIo } from './CliIo.js';
import { demoCommand } from './commands/demoCommand.js';
import { evaluateCommand } from './commands/evaluateCommand.js';
import { prepareCommand } from './commands/prepareCommand.js';
import { proposalCommand } from './commands/proposalCommand.js';
import { recommendCommand } from './commands/recommendCommand.js';
import { replayCommand } from './commands/replayCommand.js';
import { segmentsCommand } from './commands/segmentsCommand.js';
import { simulateCommand } from './commands/simulateCommand.js';
import { catalogCommand } from './commands/catalogCommand.js';
import { guideCommand } from './commands/guideCommand.js';
import { campaignCommand } from './commands/campaignCommand.js';
import { outcomesCommand } from './commands/outcomesCommand.js';
import { HELP } from './help.js';
import { UsageError } from './UsageError.js';

const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  recommend: recommendCommand,
  proposal: proposalCommand,
  evaluate: evaluateCommand,
  demo: demoCommand,
  replay: replayCommand,
  prepare: prepareCommand,
  segments: segmentsCommand,
  simulate: simulateCommand,
  catalog: catalogCommand,
  guide: guideCommand,
  campaign: campaignCommand,
  outcomes: outcomesCommand,
};

/** Exit code for bad input or bad flags: the message says what and where. */
export const EXIT_BAD_INPUT = 2;

/** Exit code when Salesforce refused a request or could not be reached: the message is the org's. */
export const EXIT_ORG_ERROR = 3;

/**
 * Runs one command line and returns its exit code. Bad flags and bad input files print one clear
 * message (file:line: what is wrong) on stderr and return 2 — never a stack trace.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...args] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout.write(HELP.main + '\n');
    return command === undefined ? EXIT_BAD_INPUT : 0;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.stderr.write(`optimal-order: unknown command '${command}'\n\n${HELP.main}\n`);
    return EXIT_BAD_INPUT;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(HELP[command] + '\n');
    return 0;
  }
  try {
    return await run(args, io);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr.write(`optimal-order ${command}: ${(error as Error).message}\n\n${HELP[command]}\n`);
      return EXIT_BAD_INPUT;
    }
    if (error instanceof EngineError) {
      io.stderr.write(`optimal-order ${command}: ${error.message}\n`);
      return EXIT_BAD_INPUT;
    }
    if (error instanceof ConnectorError) {
      // The message and details never hold the session (ConnectorError redacts it).
      const where = [error.details.record, error.details.field].filter(Boolean).join(', ');
      io.stderr.write(`optimal-order ${command}: Salesforce ${error.code}${where ? ` (${where})` : ''}: ${error.message}\n`);
      return EXIT_ORG_ERROR;
    }
    throw error;
  }
}

/** `node:util` parseArgs errors (unknown flag, missing value) carry an ERR_PARSE_ARGS_* code. */
function isParseArgsError(error: unknown): boolean {
  const code: unknown = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

#!/usr/bin/env node
// `npm run synth`: all the work is in synthCommand; this only wires it to the process.
import { synthCommand } from './synthCommand.js';

process.exitCode = await synthCommand(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });

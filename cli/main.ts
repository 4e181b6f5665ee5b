#!/usr/bin/env node
// The `optimal-order` command. All the work is in runCli; this only wires it to the process.
import { runCli } from './runCli.js';

process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });

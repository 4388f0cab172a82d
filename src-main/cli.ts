#!/usr/bin/env node
import { runCli } from './cli/run-cli';

// The command line over the same services as the app: `dateline --help` lists the commands.
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
});

#!/usr/bin/env node
import { run } from './cli/run.js';
import { lineWriter } from './cli/shared.js';

process.exitCode = await run(
  process.argv.slice(2),
  lineWriter((text) => process.stdout.write(text)),
  lineWriter((text) => process.stderr.write(text)),
);

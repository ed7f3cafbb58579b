#!/usr/bin/env node
import { runCli } from './run-cli.js';

// The `reembolso-sandbox` bin: everything but process wiring lives in run-cli.ts.
const outcome = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  error: (line) => process.stderr.write(`${line}\n`),
});
if (outcome.kind === 'serving') {
  const stop = () => {
    void outcome.server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} else {
  process.exitCode = outcome.exitCode;
}

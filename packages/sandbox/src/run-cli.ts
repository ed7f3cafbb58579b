import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createMemoryGateway } from '@reembolso/adapter-memory';
import { classicPolicy, currentPolicy, type RefundPolicy } from '@reembolso/core';
import { err, ok, Result, ResultAsync } from 'neverthrow';
import { match } from 'ts-pattern';
import { type SandboxError, toSandboxWireError } from './errors.js';
import { parseSeedFile, type SandboxSeed, seedGateway } from './seed-file.js';
import { type SandboxServer, startSandbox } from './server.js';

/** Where the CLI writes: its output and its complaints. */
export interface CliIo {
  /** Writes a line for the user. */
  readonly out: (line: string) => void;
  /** Writes a line about what went wrong. */
  readonly error: (line: string) => void;
}

/** How a CLI run ended: a running server, or an exit code (2 for usage, 1 for other failures). */
export type CliOutcome =
  | { readonly kind: 'serving'; readonly server: SandboxServer }
  | { readonly kind: 'done'; readonly exitCode: number };

/** The token of the printed example: any token works, each its own collector account. */
export const EXAMPLE_TOKEN = 'TEST-reembolso-sandbox';

/** The usage text of `reembolso-sandbox`. */
export const USAGE = `Usage: reembolso-sandbox [options]

Serves Mercado Pago's payments and refunds API (backed by reembolso's memory gateway) on
http://HOST:PORT. Every access token is its own collector account, created on first use.

Options:
  --port <n>                    port to listen on (default 8080; 0 picks a free one)
  --host <address>              interface to bind (default 127.0.0.1)
  --policy <classic|current>    refund rules to enforce (default classic)
  --seed <file.json>            payments to put in every account (see the package README)
  --help                        show this text`;

interface CliArgs {
  readonly port: number;
  readonly host: string;
  readonly policy: RefundPolicy;
  readonly seedPath: string | undefined;
  readonly help: boolean;
}

const readArgs = (argv: readonly string[]): Result<CliArgs, string> =>
  Result.fromThrowable(
    () =>
      parseArgs({
        args: [...argv],
        options: {
          port: { type: 'string', default: '8080' },
          host: { type: 'string', default: '127.0.0.1' },
          policy: { type: 'string', default: 'classic' },
          seed: { type: 'string' },
          help: { type: 'boolean', default: false },
        },
        strict: true,
        allowPositionals: false,
      }).values,
    (e) => (e instanceof Error ? e.message : 'invalid arguments'),
  )().andThen((values) => {
    const port = Number(values.port);
    if (!/^\d+$/.test(values.port) || port > 65_535) {
      return err(`--port must be a number from 0 to 65535, not ${JSON.stringify(values.port)}`);
    }
    const policy = match(values.policy)
      .with('classic', () => classicPolicy)
      .with('current', () => currentPolicy)
      .otherwise(() => null);
    if (policy === null) return err('--policy must be classic or current');
    return ok({ port, host: values.host, policy, seedPath: values.seed, help: values.help });
  });

const describe = (error: SandboxError): string => {
  const wire = toSandboxWireError(error);
  return wire.message;
};

const loadSeed = (path: string): ResultAsync<SandboxSeed, string> =>
  ResultAsync.fromPromise(readFile(path, 'utf8'), () => `cannot read seed file ${path}`)
    .andThen((text) =>
      Result.fromThrowable(
        (): unknown => JSON.parse(text),
        () => `seed file ${path} is not valid JSON`,
      )(),
    )
    .andThen((json) => parseSeedFile(json).mapErr((e) => `seed file ${path}: ${describe(e)}`));

// Whatever the server binds to, a curl on this machine reaches it through loopback.
const reachableUrl = (server: SandboxServer): string =>
  server.host === '0.0.0.0'
    ? `http://127.0.0.1:${server.port}`
    : server.host === '::'
      ? `http://[::1]:${server.port}`
      : server.url;

/**
 * A refund story to paste into a shell against the sandbox at `url`, one command a line: create
 * an approved card payment of 100 (its id kept in `$PAYMENT`), refund 10.50 of it under an
 * idempotency key (pasting the story again replays nothing: it makes a new payment), then read
 * the payment back, now `partially_refunded`. Plain POSIX shell and curl; no comment lines, which
 * some shells do not take when pasted.
 */
export const exampleStory = (url: string): string[] => {
  const auth = `-H 'Authorization: Bearer ${EXAMPLE_TOKEN}'`;
  const json = `-H 'Content-Type: application/json'`;
  const payment =
    '{"transaction_amount":100,"payment_method_id":"visa","payer":{"email":"buyer@example.com","first_name":"APRO"}}';
  return [
    `PAYMENT=$(curl -sS -X POST '${url}/v1/payments' ${auth} ${json} -d '${payment}' | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2)`,
    `curl -sS -w '\\n' -X POST "${url}/v1/payments/$PAYMENT/refunds" ${auth} ${json} -H "X-Idempotency-Key: refund-$PAYMENT-1" -d '{"amount":10.5}'`,
    `curl -sS -w '\\n' "${url}/v1/payments/$PAYMENT" ${auth}`,
  ];
};

/**
 * Runs `reembolso-sandbox` with `argv` (without node and the script): parses the options, loads
 * the seed, starts the server and prints its URL and a refund story to paste into a shell.
 *
 * Returns the running server, or the exit code after printing why it could not start: 2 for
 * bad options, 1 for an unreadable seed or a port it cannot bind. Never rejects.
 */
export const runCli = async (argv: readonly string[], io: CliIo): Promise<CliOutcome> => {
  const args = readArgs(argv);
  if (args.isErr()) {
    io.error(args.error);
    io.error(USAGE);
    return { kind: 'done', exitCode: 2 };
  }
  const { port, host, policy, seedPath, help } = args.value;
  if (help) {
    io.out(USAGE);
    return { kind: 'done', exitCode: 0 };
  }
  const seed =
    seedPath === undefined
      ? ok<SandboxSeed | null, string>(null)
      : await loadSeed(seedPath).map((s): SandboxSeed | null => s);
  if (seed.isErr()) {
    io.error(seed.error);
    return { kind: 'done', exitCode: 1 };
  }
  const createGateway = () => {
    const gateway = createMemoryGateway({ policy });
    // The seed's payments already passed the gateway's own check, so seeding cannot fail.
    if (seed.value) void seedGateway(gateway, seed.value);
    return gateway;
  };
  const started = await ResultAsync.fromPromise(startSandbox({ port, host, createGateway }), (e) =>
    e instanceof Error ? e.message : 'the server could not start',
  );
  if (started.isErr()) {
    io.error(`reembolso-sandbox: cannot listen on ${host}:${port}: ${started.error}`);
    return { kind: 'done', exitCode: 1 };
  }
  const server = started.value;
  const url = reachableUrl(server);
  io.out(`reembolso sandbox (policy ${policy.name}) listening on ${server.url}`);
  if (seed.value) {
    const { payments, advancedPayments } = seed.value;
    io.out(
      `Every account starts with ${payments.length} payment(s) and ${advancedPayments.length} advanced payment(s) from ${seedPath}.`,
    );
  }
  io.out(
    'Every access token is its own collector account. Paste into a shell to create a payment,',
  );
  io.out('refund 10.50 of it with an idempotency key, and read it back:');
  io.out('');
  for (const line of exampleStory(url)) io.out(`  ${line}`);
  io.out('');
  io.out('Press Ctrl+C to stop.');
  return { kind: 'serving', server };
};

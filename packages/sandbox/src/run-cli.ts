import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createMemoryGateway } from '@reembolso/adapter-memory';
import { classicPolicy, currentPolicy, type RefundPolicy } from '@reembolso/core';
import { err, ok, Result, ResultAsync } from 'neverthrow';
import { match } from 'ts-pattern';
import { DEFAULT_MAX_ACCOUNTS } from './accounts.js';
import { type SandboxError, toSandboxWireError } from './errors.js';
import { parseSeedFile, type SandboxSeed, seedGateway } from './seed-file.js';
import { type SandboxServer, startSandbox } from './server.js';
import type { SandboxWebhookOptions } from './webhooks/webhook-options.js';
import { webhookUrlOf } from './webhooks/webhook-url.js';

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
  --tokens <a,b,c>              accept only these access tokens (any other gets 401)
  --max-accounts <n>            most accounts held at once, the idlest evicted first
                                (default ${DEFAULT_MAX_ACCOUNTS})
  --webhook-url <url>           where every account's payment notifications go (signed, retried)
  --webhook-secret <secret>     the secret notifications are signed with (default
                                reembolso-sandbox-webhook-secret)
  --help                        show this text`;

interface CliArgs {
  readonly port: number;
  readonly host: string;
  readonly policy: RefundPolicy;
  readonly seedPath: string | undefined;
  readonly tokens: readonly string[] | undefined;
  readonly maxAccounts: number;
  readonly webhooks: SandboxWebhookOptions;
  readonly help: boolean;
}

// An option's number as typed: digits only (no sign, exponent or spaces).
const wholeNumber = (text: string): number | null => (/^\d+$/.test(text) ? Number(text) : null);

// RFC 6750's b64token, as the server reads bearer tokens.
const BEARER_TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;

// Never repeats a token in a complaint: they are credentials.
const readTokens = (list: string | undefined): Result<readonly string[] | undefined, string> => {
  if (list === undefined) return ok(undefined);
  const tokens = list.split(',').map((token) => token.trim());
  const bad = tokens.findIndex((token) => !BEARER_TOKEN.test(token));
  if (bad >= 0)
    return err(`--tokens: item ${bad + 1} is not a bearer token (letters, digits, -._~+/)`);
  return ok(tokens);
};

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
          tokens: { type: 'string' },
          'max-accounts': { type: 'string', default: String(DEFAULT_MAX_ACCOUNTS) },
          'webhook-url': { type: 'string' },
          'webhook-secret': { type: 'string' },
          help: { type: 'boolean', default: false },
        },
        strict: true,
        allowPositionals: false,
      }).values,
    (e) => (e instanceof Error ? e.message : 'invalid arguments'),
  )().andThen((values) => {
    const port = wholeNumber(values.port);
    if (port === null || port > 65_535) {
      return err(`--port must be a number from 0 to 65535, not ${JSON.stringify(values.port)}`);
    }
    const policy = match(values.policy)
      .with('classic', () => classicPolicy)
      .with('current', () => currentPolicy)
      .otherwise(() => null);
    if (policy === null) return err('--policy must be classic or current');
    const maxAccounts = wholeNumber(values['max-accounts']);
    if (maxAccounts === null || maxAccounts < 1) {
      return err('--max-accounts must be a whole number of at least 1');
    }
    const url = values['webhook-url'];
    if (url !== undefined && webhookUrlOf('--webhook-url', url).isErr()) {
      return err('--webhook-url must be an absolute http or https URL');
    }
    const secret = values['webhook-secret'];
    if (secret === '') return err('--webhook-secret must not be empty');
    const webhooks: SandboxWebhookOptions = {
      ...(url === undefined ? {} : { url }),
      ...(secret === undefined ? {} : { secret }),
    };
    return readTokens(values.tokens).map((tokens) => ({
      port,
      host: values.host,
      policy,
      seedPath: values.seed,
      tokens,
      maxAccounts,
      webhooks,
      help: values.help,
    }));
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
    .andThen((json) =>
      parseSeedFile(json)
        // A trial account refuses what every account would (advanced payments that repeat a
        // payment, mix currencies or share one), before the server starts.
        .andThen((seed) => seedGateway(createMemoryGateway(), seed).map(() => seed))
        .mapErr((e) => `seed file ${path}: ${describe(e)}`),
    );

// Whatever the server binds to, a curl on this machine reaches it through loopback.
const reachableUrl = (server: SandboxServer): string =>
  server.host === '0.0.0.0'
    ? `http://127.0.0.1:${server.port}`
    : server.host === '::'
      ? `http://[::1]:${server.port}`
      : server.url;

/**
 * A refund story to paste into a shell against the sandbox at `url` with `token` (the example
 * token by default), one command a line: create
 * an approved card payment of 100 (its id kept in `$PAYMENT`), refund 10.50 of it under an
 * idempotency key (pasting the story again replays nothing: it makes a new payment), then read
 * the payment back, now `partially_refunded`. Plain POSIX shell and curl; no comment lines, which
 * some shells do not take when pasted.
 */
export const exampleStory = (url: string, token = EXAMPLE_TOKEN): string[] => {
  const auth = `-H 'Authorization: Bearer ${token}'`;
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
  const { port, host, policy, seedPath, tokens, maxAccounts, webhooks, help } = args.value;
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
  const started = await ResultAsync.fromPromise(
    startSandbox({
      port,
      host,
      createGateway,
      maxAccounts,
      webhooks,
      ...(tokens === undefined ? {} : { tokens }),
    }),
    (e) => (e instanceof Error ? e.message : 'the server could not start'),
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
  if (webhooks.url !== undefined) {
    io.out(`Payment notifications go to ${webhooks.url}, signed and retried as Mercado Pago does.`);
  }
  io.out(
    tokens === undefined
      ? 'Every access token is its own collector account. Paste into a shell to create a payment,'
      : `Only the ${tokens.length} token(s) given with --tokens are accepted, each its own collector account. Paste into a shell, with one of them, to create a payment,`,
  );
  io.out('refund 10.50 of it with an idempotency key, and read it back:');
  io.out('');
  const story =
    tokens === undefined ? exampleStory(url) : exampleStory(url, '<one of your --tokens>');
  for (const line of story) io.out(`  ${line}`);
  io.out('');
  io.out('Press Ctrl+C to stop.');
  return { kind: 'serving', server };
};

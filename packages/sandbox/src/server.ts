import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MemoryGateway } from '@reembolso/adapter-memory';
import type { Unauthorized } from '@reembolso/core';
import type { Result } from 'neverthrow';
import { createAccounts, type SandboxAccountOptions, type SandboxAccounts } from './accounts.js';
import { routeNotFound, sandboxFault } from './errors.js';
import { answer } from './handlers.js';
import { fromNodeRequest } from './http/node-request.js';
import { errorAnswer } from './http/reply.js';
import { writeAnswer } from './http/write-answer.js';
import { SANDBOX_ROUTES } from './routes/all-routes.js';
import { createRouteMatcher, type RouteMatcher } from './routes/match-route.js';

/** How to start a sandbox server: where it listens, and its accounts. */
export interface SandboxServerOptions extends SandboxAccountOptions {
  /** The TCP port; 0 (the default) picks a free one, which the handle's `port` tells. */
  readonly port?: number;
  /** The interface to bind; `127.0.0.1` by default, so nothing outside this machine reaches it. */
  readonly host?: string;
  /** How long a client may take; each field defaults to {@link SERVER_TIMEOUTS}. */
  readonly timeouts?: Partial<SandboxServerTimeouts>;
}

/** How long the server waits on a client before it closes the connection, in milliseconds. */
export interface SandboxServerTimeouts {
  /** To receive a request's headers (Node's `headersTimeout`); a slow-headers client is cut. */
  readonly headersMs: number;
  /** To receive a whole request, body included (Node's `requestTimeout`); answered 408. */
  readonly requestMs: number;
  /** To keep an idle keep-alive connection open after an answer (Node's `keepAliveTimeout`). */
  readonly keepAliveMs: number;
}

/**
 * The server's timeouts unless told otherwise: 10 s for headers, 30 s for a whole request (its
 * body is at most 64 KiB), 5 s idle between keep-alive requests. Explicit, rather than Node's
 * defaults (60 s, 300 s), so that slow clients cannot hold connections for minutes.
 */
export const SERVER_TIMEOUTS: SandboxServerTimeouts = {
  headersMs: 10_000,
  requestMs: 30_000,
  keepAliveMs: 5_000,
};

/** A running sandbox server. */
export interface SandboxServer {
  /** Its base URL, `http://127.0.0.1:PORT`: what to use instead of `https://api.mercadopago.com`. */
  readonly url: string;
  /** The interface it is bound to. */
  readonly host: string;
  /** The port it listens on. */
  readonly port: number;
  /**
   * The memory gateway behind an access token, created on first use, to arrange or inspect that
   * account directly. Returns it, or `Unauthorized` for a token outside the `tokens` option.
   */
  readonly gatewayFor: (token: string) => Result<MemoryGateway, Unauthorized>;
  /**
   * Stops it gracefully: no new connections, requests in flight answered, idle connections
   * closed (any left after 5 s are cut). Resolves once it is closed; calling again is harmless.
   */
  readonly close: () => Promise<void>;
}

const FORCE_CLOSE_AFTER_MS = 5_000;

// Anything thrown past the handlers is a sandbox bug: answered 500 without a word of the request.
const serve = async (
  accounts: SandboxAccounts,
  matchRoute: RouteMatcher,
  origin: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> => {
  try {
    const request = await fromNodeRequest(req, origin);
    const found = request.isOk()
      ? matchRoute(request.value.method, request.value.pathname)
      : undefined;
    const answered = request.isErr()
      ? errorAnswer(request.error)
      : found === undefined
        ? errorAnswer(routeNotFound())
        : await answer(accounts, found.route, request.value.request, found.params);
    writeAnswer(res, answered);
  } catch {
    if (res.headersSent) res.destroy();
    else {
      try {
        writeAnswer(res, errorAnswer(sandboxFault()));
      } catch {
        res.destroy();
      }
    }
  }
};

const urlHost = (host: string): string => (host.includes(':') ? `[${host}]` : host);

/**
 * Serves the sandbox over real HTTP with `node:http`: each Node request is answered by the same
 * route table and the same `answer` as the msw handlers of `createSandboxHandlers`, so the HTTP
 * surface is defined once. This door reads the body once and writes the JSON answer once, with
 * no Fetch `Request` or `Response` in between, and matches routes itself (compiled once) instead
 * of going through msw's per-request machinery. Binds
 * `127.0.0.1` by default; accounts as in `createSandboxHandlers` (one memory gateway per access
 * token unless `gateway` is given, at most `maxAccounts` of them, the idlest evicted first);
 * explicit header, request and keep-alive timeouts ({@link SERVER_TIMEOUTS}).
 *
 * Resolves to the running {@link SandboxServer}; rejects with the listen error (such as
 * `EADDRINUSE`) when it cannot bind.
 */
export const startSandbox = async (options: SandboxServerOptions = {}): Promise<SandboxServer> => {
  const host = options.host ?? '127.0.0.1';
  const accounts = createAccounts(options);
  // Paths only: answer whatever Host the server is reached by (localhost, a proxy name).
  const matchRoute = createRouteMatcher(SANDBOX_ROUTES);
  let origin = `http://${urlHost(host)}`;
  let closing: Promise<void> | null = null;
  const timeouts = { ...SERVER_TIMEOUTS, ...options.timeouts };
  const serverOptions = {
    headersTimeout: timeouts.headersMs,
    requestTimeout: timeouts.requestMs,
    keepAliveTimeout: timeouts.keepAliveMs,
    // Node checks the first two on this interval (30 s by default): check often enough to hold
    // them, never busily (0 disables a timeout in Node).
    connectionsCheckingInterval: Math.max(
      50,
      Math.min(1_000, ...[timeouts.headersMs, timeouts.requestMs].filter((ms) => ms > 0)),
    ),
  };
  const server = createServer(serverOptions, (req, res) => {
    if (closing) res.on('finish', () => server.closeIdleConnections());
    void serve(accounts, matchRoute, origin, req, res);
  });
  // Set on the server too: Node 20 reads `keepAliveTimeout` there only.
  server.headersTimeout = timeouts.headersMs;
  server.requestTimeout = timeouts.requestMs;
  server.keepAliveTimeout = timeouts.keepAliveMs;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${urlHost(host)}:${port}`;
  return {
    url: origin,
    host,
    port,
    gatewayFor: accounts.gatewayFor,
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), FORCE_CLOSE_AFTER_MS);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      });
      return closing;
    },
  };
};

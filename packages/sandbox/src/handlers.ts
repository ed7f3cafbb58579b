import { type HttpHandler, http, type PathParams } from 'msw';
import { createAccounts, type SandboxAccountOptions, type SandboxAccounts } from './accounts.js';
import { routeNotFound, type SandboxError, sandboxFault } from './errors.js';
import { bearerTokenOf } from './http/bearer-token.js';
import { fromFetchRequest } from './http/fetch-request.js';
import { answerResponse, errorAnswer, type SandboxAnswer } from './http/reply.js';
import type { SandboxRequest } from './http/sandbox-request.js';
import { SANDBOX_ROUTES } from './routes/all-routes.js';
import type { Route } from './routes/route.js';

/** The host the official `mercadopago` SDK calls, fixed in the SDK. */
export const MERCADO_PAGO_BASE_URL = 'https://api.mercadopago.com';

/** How to build the sandbox's msw handlers: the accounts, and the base URL they answer on. */
export interface SandboxHandlersOptions extends SandboxAccountOptions {
  /**
   * The origin (and optional path prefix) the handlers answer on; `https://api.mercadopago.com`
   * by default, where the official SDK calls. `*` answers on any origin.
   */
  readonly baseUrl?: string;
}

const stringParams = (params: PathParams): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string') out[name] = value;
  }
  return out;
};

/**
 * Answers one request with one route of the table: the one choke point between the two doors
 * (msw handlers in process, which hand it a Fetch `Request`, and the HTTP server, which hands it
 * the `node:http` request directly) and the sandbox. The credentials pick the account, the route
 * answers, and anything thrown (a sandbox bug) becomes a 500 that repeats nothing of the request.
 *
 * Resolves to the answer, for the door to write; never rejects.
 */
export const answer = async (
  accounts: SandboxAccounts,
  route: Route,
  request: SandboxRequest,
  params: PathParams,
): Promise<SandboxAnswer> => {
  try {
    const result = await bearerTokenOf(request)
      .andThen(accounts.gatewayFor)
      .asyncAndThen((gateway) => route.handle({ request, params: stringParams(params), gateway }));
    return result.match<SandboxAnswer>(
      (reply) => reply,
      (error: SandboxError) => errorAnswer(error),
    );
  } catch {
    return errorAnswer(sandboxFault());
  }
};

const METHODS = { GET: http.get, POST: http.post, PUT: http.put } as const;

/**
 * The msw handlers of a sandbox whose accounts are `accounts`, on `baseUrl`: one per route, then
 * one that answers every other path below `baseUrl` with 404 `route_not_found`, so no request
 * meant for Mercado Pago leaks to the network. Used by {@link createSandboxHandlers} and, with
 * `*`, by the HTTP server, so both serve the very same surface.
 */
export const handlersFor = (accounts: SandboxAccounts, baseUrl: string): HttpHandler[] => {
  const base = baseUrl.replace(/\/+$/, '');
  return [
    ...SANDBOX_ROUTES.map((route) =>
      METHODS[route.method](`${base}${route.path}`, async ({ request, params }) =>
        answerResponse(await answer(accounts, route, fromFetchRequest(request), params)),
      ),
    ),
    http.all(`${base}/*`, () => answerResponse(errorAnswer(routeNotFound()))),
  ];
};

/**
 * msw request handlers that answer every endpoint of Mercado Pago's payments and refunds API
 * and the sandbox's test controls under `/sandbox/`, with the exact wire shapes,
 * backed by adapter-memory. Add them to your own `setupServer(...)` to test code that calls
 * Mercado Pago, the official `mercadopago` SDK included (its base URL is fixed, hence the
 * default `baseUrl`). Pass `gateway` to arrange and inspect one shared account directly, or
 * leave it out for one isolated account per access token.
 *
 * Returns the handlers; the last one answers every other path below `baseUrl` with 404, so put
 * handlers of your own for other Mercado Pago endpoints before these (or `server.use` them).
 * Never throws; requests are answered with Mercado Pago's error bodies.
 */
export const createSandboxHandlers = (options: SandboxHandlersOptions = {}): HttpHandler[] =>
  handlersFor(createAccounts(options), options.baseUrl ?? MERCADO_PAGO_BASE_URL);

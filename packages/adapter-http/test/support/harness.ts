import { createMemoryGateway, type MemoryGateway } from '@reembolso/adapter-memory';
import type { Payment } from '@reembolso/core';
import { http } from 'msw';
import type { SetupServer } from 'msw/node';
import { createHttpGateway, type HttpGateway, type HttpGatewayOptions } from '../../src/index.js';
import { type Fault, faultQueue, withFaults } from './faults.js';
import { approvedPayment, BASE_URL, EPOCH, TOKEN } from './fixtures.js';
import { createRecordedSandbox, type RecordedSandbox } from './recorded-sandbox.js';

/** The sandbox's Mercado Pago over a memory gateway behind msw, and an HTTP gateway in front of it. */
export interface Harness {
  readonly memory: MemoryGateway;
  /** The sandbox as the gateway reaches it, with the requests that arrived. */
  readonly api: RecordedSandbox;
  readonly gateway: HttpGateway;
  readonly payment: Payment;
  /** Another gateway on the same server: the same client in another process. */
  readonly newGateway: (options?: Partial<HttpGatewayOptions>) => HttpGateway;
}

/** Resolves at once: tests never wait for real backoff. */
export const noSleep = (): Promise<void> => Promise.resolve();

/**
 * Installs, on `server`, one handler in front of the sandbox over a fresh memory gateway holding
 * one approved payment, which plays `faults` in order on the requests; answers the harness.
 */
export const setUp = (
  server: SetupServer,
  options: {
    readonly faults?: readonly Fault[];
    readonly gateway?: Partial<HttpGatewayOptions>;
  } = {},
): Harness => {
  const memory = createMemoryGateway({ clock: EPOCH, ids: { seed: 7 } });
  const api = createRecordedSandbox(memory);
  const handle = withFaults(api.handle, faultQueue(options.faults ?? []));
  server.use(http.all(`${BASE_URL}/*`, ({ request }) => handle(request)));
  const payment = memory.seedPayment(approvedPayment())._unsafeUnwrap();
  const newGateway = (overrides: Partial<HttpGatewayOptions> = {}) =>
    createHttpGateway({
      accessToken: TOKEN,
      baseUrl: BASE_URL,
      sleep: noSleep,
      maxRetries: 3,
      timeoutMs: 1_000,
      ...options.gateway,
      ...overrides,
    });
  return { memory, api, gateway: newGateway(), payment, newGateway };
};

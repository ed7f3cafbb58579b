import type { DeliveryAttempt } from './delivery.js';
import type { NotificationHandler, SandboxNotification } from './webhook-options.js';

/** How an attempt reaches the receiver: a function in process, or `fetch` to the URL. */
export type NotificationTransport =
  | { readonly kind: 'handler'; readonly handler: NotificationHandler }
  | {
      readonly kind: 'fetch';
      readonly fetch: (input: string, init: RequestInit) => Promise<Response>;
    };

const TIMED_OUT = Symbol('timed out');

/**
 * Sends one notification and waits at most `timeoutMs` for the answer. Resolves to what the
 * attempt got (status, or why none, and the latency); never rejects, whatever the receiver does.
 */
export const sendNotification = async (
  notification: SandboxNotification,
  transport: NotificationTransport,
  timeoutMs: number,
): Promise<Omit<DeliveryAttempt, 'at'>> => {
  const started = performance.now();
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve(TIMED_OUT);
    }, timeoutMs);
  });
  const answer = async (): Promise<number> => {
    if (transport.kind === 'handler') {
      const status = await transport.handler(notification);
      return typeof status === 'number' ? status : 200;
    }
    if (notification.url === null) throw new Error('no url');
    const response = await transport.fetch(notification.url, {
      method: 'POST',
      headers: notification.headers,
      body: notification.body,
      signal: controller.signal,
      redirect: 'manual',
    });
    // The body is not read: only the status counts, and a slow body must not hold the attempt.
    void response.body?.cancel().catch(() => {});
    return response.status;
  };
  try {
    const outcome = await Promise.race([answer(), deadline]);
    const latencyMs = Math.round(performance.now() - started);
    return outcome === TIMED_OUT
      ? { status: null, error: 'timeout', latencyMs }
      : { status: outcome, error: null, latencyMs };
  } catch {
    return { status: null, error: 'network', latencyMs: Math.round(performance.now() - started) };
  } finally {
    clearTimeout(timer);
  }
};

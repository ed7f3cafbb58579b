// The load generator, in its own process: autocannon against one server, counting answers per
// window. Started by bench/load.ts; never imported by the bench process itself.
import autocannon from 'autocannon';
import { answerParent } from './child.js';
import type { LoadPlan, LoadResult } from './load.js';

// Refund numbers go on across runs against one target, so every key and payment is fresh.
const nextRefund = new Map<string, number>();

const run = (plan: LoadPlan): Promise<LoadResult> =>
  new Promise((resolve, reject) => {
    const windows: number[] = [];
    const windowMs = (plan.windowSeconds ?? plan.seconds) * 1000;
    let started = 0;
    const request = plan.request;
    const setupRequest =
      request.kind === 'refund'
        ? (req: autocannon.Request) => {
            const n = nextRefund.get(plan.target) ?? 0;
            nextRefund.set(plan.target, n + 1);
            const paymentId = request.firstPaymentId + Math.floor(n / request.refundsPerPayment);
            return {
              ...req,
              path: `/v1/payments/${paymentId}/refunds`,
              headers: { ...req.headers, 'x-idempotency-key': `bench-${plan.target}-${n}` },
            };
          }
        : undefined;
    const instance = autocannon(
      {
        url: plan.url,
        connections: plan.connections,
        duration: plan.seconds,
        headers: plan.headers,
        requests: [
          {
            method: request.kind === 'refund' ? 'POST' : 'GET',
            path: request.kind === 'get' ? request.path : '/',
            ...(request.kind === 'refund' ? { body: request.body } : {}),
            ...(setupRequest ? { setupRequest } : {}),
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        const seconds = (performance.now() - started) / 1000;
        const answered = windows.reduce((sum, count) => sum + count, 0);
        resolve({
          requestsPerSecond: answered / seconds,
          p99Ms: result.latency.p99,
          non2xx: result.non2xx,
          errors: result.errors + result.timeouts,
          windows: windows.map((count) => count / (windowMs / 1000)),
        });
      },
    );
    instance.on('start', () => {
      started = performance.now();
    });
    instance.on('response', (_client, statusCode) => {
      if (statusCode < 200 || statusCode >= 300) return;
      const index = Math.min(
        Math.floor((performance.now() - started) / windowMs),
        Math.ceil(plan.seconds / (windowMs / 1000)) - 1,
      );
      windows[index] = (windows[index] ?? 0) + 1;
    });
  });

answerParent(run);

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Payment } from '@reembolso/core';
import { startSandbox } from '@reembolso/sandbox';
import { BENCH_START } from './fixtures.js';
import { compareOpsPerSecond, type Figure } from './measure.js';

const TOKEN = 'TEST-bench-0001';
const REQUESTS = 2_000;
const CONCURRENCY = 16;

const load = (url: string) => async () => {
  let next = 0;
  const worker = async () => {
    while (next < REQUESTS) {
      next += 1;
      const response = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`status ${response.status}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
};

/** Requests per second of the sandbox's GET payment vs a bare node:http answering fixed JSON. */
export const benchSandboxServer = async (
  payment: Payment,
): Promise<{ sandbox: Figure; bare: Figure }> => {
  const sandbox = await startSandbox({ clock: BENCH_START, tokens: [TOKEN] });
  const account = sandbox.gatewayFor(TOKEN);
  if (account.isErr()) throw new Error('no account');
  account.value.seedPayment(payment);
  const body = JSON.stringify(
    await (
      await fetch(`${sandbox.url}/v1/payments/${payment.id}`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      })
    ).json(),
  );
  const bare: Server = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(body);
  });
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
  const barePort = (bare.address() as AddressInfo).port;
  try {
    return await compareOpsPerSecond(
      {
        sandbox: load(`${sandbox.url}/v1/payments/${payment.id}`),
        bare: load(`http://127.0.0.1:${barePort}/v1/payments/${payment.id}`),
      },
      REQUESTS,
      { runs: 5 },
    );
  } finally {
    await sandbox.close();
    bare.closeAllConnections();
    await new Promise((resolve) => bare.close(resolve));
  }
};

// A bare node:http server in its own process: the anchor every HTTP client is compared against.
// It answers GET /v1/payments/{id} with a fixed payment and POST …/refunds with a fixed refund,
// reading each request's body, and counts what it received.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerParent } from './child.js';

/** What the bench asks the bare server. */
export type BareQuestion =
  | { readonly type: 'start'; readonly payment: string; readonly refund: string }
  | { readonly type: 'count' };

let received = 0;

answerParent(async (question: BareQuestion) => {
  if (question.type === 'count') return received;
  const server = createServer((request, response) => {
    received += 1;
    request.resume();
    request.on('end', () => {
      const refund = request.method === 'POST';
      response.writeHead(refund ? 201 : 200, { 'content-type': 'application/json' });
      response.end(refund ? question.refund : question.payment);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
});

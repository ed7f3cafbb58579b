import type { ServerResponse } from 'node:http';
import type { SandboxAnswer } from './reply.js';

/**
 * The `node:http` door's way out: writes an answer as JSON in one write, with its status,
 * `Content-Type: application/json` and its length.
 */
export const writeAnswer = (res: ServerResponse, answer: SandboxAnswer): void => {
  const body = JSON.stringify(answer.body);
  res.writeHead(answer.status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
};

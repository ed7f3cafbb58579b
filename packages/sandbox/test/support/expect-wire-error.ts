import { expect } from 'vitest';
import type { Answer } from './client.js';

/** Asserts a Mercado Pago error answer (SPEC §9): its status, and its first cause's code. */
export const expectWireError = (answer: Answer, status: number, code: number | string): void => {
  expect(answer.contentType).toMatch(/^application\/json/);
  expect({ status: answer.status, code: answer.json?.cause?.[0]?.code }).toEqual({ status, code });
  expect(answer.json).toMatchObject({
    status,
    error: expect.any(String),
    message: expect.any(String),
    cause: [{ code, description: expect.any(String) }],
  });
  expect(answer.json.cause[0]).toHaveProperty('data');
};

import { type SandboxError, toSandboxWireError } from '../errors.js';

/** A successful answer: its status and its JSON body. */
export interface Reply {
  /** The HTTP status: 200 or 201. */
  readonly status: 200 | 201;
  /** The JSON body, as Mercado Pago sends it. */
  readonly body: unknown;
}

/** A 200 answer with `body`. */
export const okReply = (body: unknown): Reply => ({ status: 200, body });

/** A 201 answer with `body`, for what a request created. */
export const createdReply = (body: unknown): Reply => ({ status: 201, body });

/** What a request is answered, whichever door writes it: a status and a JSON body. */
export interface SandboxAnswer {
  readonly status: number;
  readonly body: unknown;
}

/** The answer of a refusal: Mercado Pago's error body with its status. */
export const errorAnswer = (error: SandboxError): SandboxAnswer => {
  const body = toSandboxWireError(error);
  return { status: body.status, body };
};

/** The msw door's HTTP response of an answer: JSON, `Content-Type: application/json`. */
export const answerResponse = (answer: SandboxAnswer): Response =>
  Response.json(answer.body, { status: answer.status });

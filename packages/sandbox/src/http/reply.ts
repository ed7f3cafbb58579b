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

/** The HTTP response of a successful answer: JSON, `Content-Type: application/json`. */
export const replyResponse = (reply: Reply): Response =>
  Response.json(reply.body, { status: reply.status });

/** The HTTP response of a refusal: Mercado Pago's error body with its status. */
export const errorResponse = (error: SandboxError): Response => {
  const body = toSandboxWireError(error);
  return Response.json(body, { status: body.status });
};

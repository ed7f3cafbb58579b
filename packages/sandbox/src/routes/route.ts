import type { MemoryGateway } from '@reembolso/adapter-memory';
import type { ResultAsync } from 'neverthrow';
import type { SandboxError } from '../errors.js';
import type { Reply } from '../http/reply.js';
import type { SandboxRequest } from '../http/sandbox-request.js';

/** What a route is given: the request, its path parameters and the caller's account. */
export interface RouteInput {
  /** The HTTP request, body unread, whichever door it came in by. */
  readonly request: SandboxRequest;
  /** The path parameters (`:id` → `params.id`), still percent-decoded strings. */
  readonly params: Readonly<Record<string, string>>;
  /** The memory gateway of the access token's collector account. */
  readonly gateway: MemoryGateway;
}

/** One endpoint of the sandbox: a method, an msw path pattern and what it answers. */
export interface Route {
  /** The HTTP method it answers. */
  readonly method: 'GET' | 'POST' | 'PUT';
  /** The path below the base URL, as an msw pattern (`/v1/payments/:id`). */
  readonly path: string;
  /** Answers the request: a reply, or the error to answer with. Never rejects. */
  readonly handle: (input: RouteInput) => ResultAsync<Reply, SandboxError>;
}

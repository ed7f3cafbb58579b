import { badRequest, isWithinJsonDepth, MAX_JSON_DEPTH } from '@reembolso/core';
import { err, ok, Result, ResultAsync } from 'neverthrow';
import {
  payloadTooLarge,
  type SandboxError,
  sandboxFault,
  unsupportedMediaType,
} from '../errors.js';
import type { SandboxRequest } from './sandbox-request.js';

/** The largest request body the sandbox reads: 64 KiB. */
export const BODY_LIMIT_BYTES = 64 * 1024;

// application/json, or any structured-syntax +json type, with parameters after a semicolon.
const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json$/;

const isJson = (contentType: string | null): boolean =>
  contentType !== null &&
  JSON_MEDIA_TYPE.test((contentType.split(';')[0] ?? '').trim().toLowerCase());

/** Reads at most `limit + 1` bytes of a body: enough to tell it is too big without holding it. */
const decodeUtf8 = Result.fromThrowable(
  (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes),
  () => badRequest('request body is not valid UTF-8'),
);

const parseJson = Result.fromThrowable(
  (text: string): unknown => JSON.parse(text),
  // The parser's message quotes the body; the body is not echoed back.
  () => badRequest('request body is not valid JSON'),
);

// Parsed, a deeper value would be stored, or overflow the stack of whatever walks it later.
const checkDepth = (value: unknown): Result<unknown, SandboxError> =>
  isWithinJsonDepth(value)
    ? ok(value)
    : err(badRequest(`request body is nested deeper than ${MAX_JSON_DEPTH} levels`));

/**
 * The JSON body of a request: `undefined` when there is none; otherwise the parsed
 * value. Refuses, in this order: a body over {@link BODY_LIMIT_BYTES} (`PayloadTooLarge`, 413),
 * one not declared `application/json` (`UnsupportedMediaType`, 415), and one that is not UTF-8
 * JSON or nests deeper than 64 levels (`BadRequest`, 400). Never rejects.
 */
export const readJsonBody = (request: SandboxRequest): ResultAsync<unknown, SandboxError> =>
  ResultAsync.fromPromise(request.bytes(), () =>
    sandboxFault('the request body could not be read'),
  ).andThen((bytes): Result<unknown, SandboxError> => {
    if (bytes.byteLength === 0) return ok(undefined);
    if (bytes.byteLength > BODY_LIMIT_BYTES) return err(payloadTooLarge(BODY_LIMIT_BYTES));
    if (!isJson(request.headers.get('content-type'))) return err(unsupportedMediaType());
    return decodeUtf8(bytes).andThen(parseJson).andThen(checkDepth);
  });

/** A JSON object, as request bodies are. */
export type JsonObject = Readonly<Record<string, unknown>>;

/** Whether a JSON value is an object (not an array, not null). */
export const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The JSON object body of a request: `{}` when there is none. Returns it, or the errors of
 * {@link readJsonBody} and `BadRequest` when the body is JSON but not an object.
 */
export const readJsonObject = (request: SandboxRequest): ResultAsync<JsonObject, SandboxError> =>
  readJsonBody(request).andThen((body) => {
    if (body === undefined) return ok({});
    return isJsonObject(body) ? ok(body) : err(badRequest('request body must be a JSON object'));
  });

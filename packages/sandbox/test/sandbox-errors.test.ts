import { badRequest, fromWireError, paymentParseError, timeout } from '@reembolso/core';
import { describe, expect, it } from 'vitest';
import {
  payloadTooLarge,
  routeNotFound,
  type SandboxError,
  sandboxErrorOf,
  sandboxFault,
  toSandboxWireError,
  unsupportedMediaType,
} from '../src/index.js';

describe('toSandboxWireError', () => {
  it.each<[SandboxError, number, string, string | number]>([
    [payloadTooLarge(65_536), 413, 'payload_too_large', 'payload_too_large'],
    [unsupportedMediaType(), 415, 'unsupported_media_type', 'unsupported_media_type'],
    [routeNotFound(), 404, 'not_found', 'route_not_found'],
    [sandboxFault(), 500, 'internal_server_error', 'sandbox_fault'],
    [
      paymentParseError({ path: 'id', message: 'id: bad' }),
      400,
      'bad_request',
      'payment_parse_error',
    ],
    [badRequest('nope'), 400, 'bad_request', 'bad_request'],
  ])('%o → %i %s, cause code %s', (error, status, word, code) => {
    const wire = toSandboxWireError(error);
    expect(wire).toMatchObject({
      status,
      error: word,
      message: error.message,
      cause: [{ code, description: error.message }],
    });
    expect(wire.cause[0]).toHaveProperty('data');
  });

  it('carries the fields of a variant in cause[0].data', () => {
    expect(toSandboxWireError(payloadTooLarge(10)).cause[0]?.data).toEqual({ limitBytes: 10 });
    expect(
      toSandboxWireError(paymentParseError({ path: 'a.b', message: 'm' })).cause[0]?.data,
    ).toEqual({
      path: 'a.b',
    });
  });

  it('the core reads a catalogue error answered by the sandbox back to the same variant', () => {
    const wire = toSandboxWireError(badRequest('nope'));
    expect(fromWireError(wire.status, wire)).toMatchObject({ type: 'BadRequest', message: 'nope' });
  });
});

describe('sandboxErrorOf', () => {
  it('keeps errors that have a wire form and turns transport failures into a sandbox fault', () => {
    expect(sandboxErrorOf(badRequest('x'))).toEqual(badRequest('x'));
    expect(sandboxErrorOf(timeout({ timeoutMs: 5 }))).toMatchObject({
      type: 'SandboxFault',
      httpStatus: 500,
    });
  });
});

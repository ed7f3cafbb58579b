/**
 * The sandbox's own refusals: failures of an HTTP request as such (too big, not JSON, no such
 * route), which the core catalogue has no variant for because they never reach the rules. With
 * the core's wire-mappable errors they form {@link SandboxError}, everything a sandbox request
 * can be answered with; {@link toSandboxWireError} gives each its Mercado Pago error body.
 *
 * @module
 */

import {
  errorWordOf,
  type GatewayError,
  hasWireForm,
  type PaymentParseError,
  toWireError,
  type WireError,
  type WireMappableError,
} from '@reembolso/core';
import { match } from 'ts-pattern';

/** A request body larger than the sandbox accepts (HTTP 413). */
export interface PayloadTooLarge {
  /** The variant tag. */
  readonly type: 'PayloadTooLarge';
  /** No Mercado Pago code; travels as `payload_too_large`. */
  readonly code: null;
  /** Always 413. */
  readonly httpStatus: 413;
  /** A sentence for people. */
  readonly message: string;
  /** The largest body accepted, in bytes. */
  readonly limitBytes: number;
}

/** A request body that is not declared as JSON (HTTP 415). */
export interface UnsupportedMediaType {
  /** The variant tag. */
  readonly type: 'UnsupportedMediaType';
  /** No Mercado Pago code; travels as `unsupported_media_type`. */
  readonly code: null;
  /** Always 415. */
  readonly httpStatus: 415;
  /** A sentence for people. */
  readonly message: string;
}

/** A method and path that the sandbox does not serve (HTTP 404). */
export interface RouteNotFound {
  /** The variant tag. */
  readonly type: 'RouteNotFound';
  /** No Mercado Pago code; travels as `route_not_found`. */
  readonly code: null;
  /** Always 404. */
  readonly httpStatus: 404;
  /** A sentence for people. */
  readonly message: string;
}

/** A failure of the sandbox itself, never of the request (HTTP 500). Means a bug: please report it. */
export interface SandboxFault {
  /** The variant tag. */
  readonly type: 'SandboxFault';
  /** No Mercado Pago code; travels as `sandbox_fault`. */
  readonly code: null;
  /** Always 500. */
  readonly httpStatus: 500;
  /** A sentence for people; never carries the request's credentials. */
  readonly message: string;
}

/** Refusals that only the sandbox's HTTP layer produces. */
export type SandboxRequestError =
  | PayloadTooLarge
  | UnsupportedMediaType
  | RouteNotFound
  | SandboxFault;

/**
 * Everything a sandbox request can be answered with besides success: the core's wire-mappable
 * errors, a payment JSON the seed control refused, and the sandbox's own request errors.
 */
export type SandboxError = WireMappableError | PaymentParseError | SandboxRequestError;

/** Builds a {@link PayloadTooLarge}. */
export const payloadTooLarge = (limitBytes: number): PayloadTooLarge => ({
  type: 'PayloadTooLarge',
  code: null,
  httpStatus: 413,
  message: `request body is larger than ${limitBytes} bytes`,
  limitBytes,
});

/** Builds an {@link UnsupportedMediaType}. */
export const unsupportedMediaType = (
  message = 'request body must be sent as Content-Type: application/json',
): UnsupportedMediaType => ({ type: 'UnsupportedMediaType', code: null, httpStatus: 415, message });

/** Builds a {@link RouteNotFound}. */
export const routeNotFound = (
  message = 'no such endpoint in the reembolso sandbox',
): RouteNotFound => ({ type: 'RouteNotFound', code: null, httpStatus: 404, message });

/** Builds a {@link SandboxFault}. */
export const sandboxFault = (
  message = 'the sandbox failed while answering this request',
): SandboxFault => ({ type: 'SandboxFault', code: null, httpStatus: 500, message });

// The core's table says which errors have a wire form. The others are failures of a transport
// to Mercado Pago: the memory gateway never produces them unless a call is aborted, which the
// sandbox never does, so meeting one is a sandbox fault.
const isWireMappable = (error: GatewayError): error is WireMappableError => hasWireForm(error.type);

/**
 * A gateway error as the sandbox answers it: itself when it has a wire form, a
 * {@link SandboxFault} for the transport failures that cannot happen in memory. Total.
 */
export const sandboxErrorOf = (error: GatewayError): SandboxError =>
  isWireMappable(error) ? error : sandboxFault();

const sandboxOnly = (error: SandboxRequestError | PaymentParseError): WireError => {
  const { code, data } = match(error)
    .with({ type: 'PayloadTooLarge' }, (e) => ({
      code: 'payload_too_large',
      data: { limitBytes: e.limitBytes },
    }))
    .with({ type: 'UnsupportedMediaType' }, () => ({ code: 'unsupported_media_type', data: null }))
    .with({ type: 'RouteNotFound' }, () => ({ code: 'route_not_found', data: null }))
    .with({ type: 'SandboxFault' }, () => ({ code: 'sandbox_fault', data: null }))
    .with({ type: 'PaymentParseError' }, (e) => ({
      code: 'payment_parse_error',
      data: { path: e.path },
    }))
    .exhaustive();
  return {
    status: error.httpStatus,
    error: errorWordOf(error.httpStatus),
    message: error.message,
    cause: [{ code, description: error.message, data }],
  };
};

// Whatever the core's table gives no wire form to is the sandbox's own to encode.
const isSandboxOnly = (error: SandboxError): error is SandboxRequestError | PaymentParseError =>
  !hasWireForm(error.type);

/**
 * The Mercado Pago error body for a sandbox error: the core's `toWireError` for the
 * catalogue's variants, and the same shape for the sandbox's own, whose `cause[0].code` is the
 * snake-cased type (`payload_too_large`). Total: never fails.
 */
export const toSandboxWireError = (error: SandboxError): WireError =>
  isSandboxOnly(error) ? sandboxOnly(error) : toWireError(error);

import type { ReembolsoError } from '../errors.js';

type Variant<T extends ReembolsoError['type']> = Extract<ReembolsoError, { readonly type: T }>;

/** The wire identity of one error variant: a row of {@link ERROR_WIRE_TABLE}. */
export interface ErrorWireRow<Code, HttpStatus> {
  /** Mercado Pago's `cause[].code`; `null` where it documents none (the snake-cased type travels). */
  readonly code: Code;
  /** The HTTP status it is answered with (for variants whose status varies, the usual one). */
  readonly httpStatus: HttpStatus;
  /** Whether it has a wire form at all; `false` for failures that never left the process. */
  readonly onWire: boolean;
  /** Other codes Mercado Pago is known to send for it, read as it too. */
  readonly alsoReadFrom?: readonly (number | string)[];
}

type Table = {
  readonly [T in ReembolsoError['type']]: ErrorWireRow<
    Variant<T>['code'],
    Variant<T>['httpStatus']
  >;
};

/**
 * From every error `type` to its Mercado Pago code and HTTP status: the one place
 * they are written. The constructors of `errors.ts`, `toWireError`, `fromWireError`, the
 * sandbox's answers and the testing arbitrary all read it. Keyed by the whole catalogue and
 * checked against each variant's declared `code` and `httpStatus`, so a variant missing here,
 * or one whose row disagrees with its interface, does not compile.
 */
export const ERROR_WIRE_TABLE = {
  InvalidInstant: { code: null, httpStatus: 400, onWire: true },
  AmountNotNumeric: { code: 4041, httpStatus: 400, onWire: true },
  AmountNotPositive: { code: 4040, httpStatus: 400, onWire: true },
  AmountTooPrecise: { code: null, httpStatus: 400, onWire: true },
  AmountOutOfRange: { code: null, httpStatus: 400, onWire: true },
  UnsupportedCurrency: { code: null, httpStatus: 400, onWire: true },
  CurrencyMismatch: { code: null, httpStatus: 400, onWire: true },
  InvalidPaymentState: { code: 2063, httpStatus: 400, onWire: true },
  RefundWindowExpired: { code: 2024, httpStatus: 400, onWire: true },
  PartialRefundUnsupported: { code: 3024, httpStatus: 400, onWire: true },
  TooManyRefunds: { code: null, httpStatus: 400, onWire: true },
  AmountExceedsRefundable: { code: null, httpStatus: 400, onWire: true },
  InsufficientBalance: { code: null, httpStatus: 400, onWire: true },
  CancellationNotAllowed: { code: 2018, httpStatus: 400, onWire: true },
  InvalidCancellationStatus: { code: 2016, httpStatus: 400, onWire: true },
  MissingCancellationStatus: { code: 4017, httpStatus: 400, onWire: true },
  PaymentNotFound: { code: 2000, httpStatus: 404, onWire: true },
  RefundNotFound: { code: 2032, httpStatus: 404, onWire: true },
  InvalidSplitterId: { code: 400048, httpStatus: 400, onWire: true },
  InvalidId: { code: null, httpStatus: 400, onWire: true },
  AdvancedPaymentNotFound: { code: 404002, httpStatus: 404, onWire: true },
  InvalidAdvancedPayment: { code: null, httpStatus: 400, onWire: true },
  MissingIdempotencyKey: { code: 4292, httpStatus: 400, onWire: true },
  IdempotencyConflict: { code: null, httpStatus: 422, onWire: true },
  IdempotencyInProgress: { code: null, httpStatus: 409, onWire: true },
  BadRequest: { code: null, httpStatus: 400, onWire: true },
  Unauthorized: { code: null, httpStatus: 401, onWire: true, alsoReadFrom: [401] },
  RateLimited: { code: null, httpStatus: 429, onWire: true },
  ServerError: { code: null, httpStatus: 500, onWire: true },
  Timeout: { code: null, httpStatus: null, onWire: false },
  Aborted: { code: null, httpStatus: null, onWire: false },
  Network: { code: null, httpStatus: null, onWire: false },
  InvalidResponse: { code: null, httpStatus: null, onWire: false },
  UnknownApiError: { code: null, httpStatus: 400, onWire: true },
  PaymentParseError: { code: null, httpStatus: 400, onWire: false },
  WebhookSignatureMissing: { code: null, httpStatus: null, onWire: false },
  WebhookSignatureMalformed: { code: null, httpStatus: null, onWire: false },
  WebhookSignatureMismatch: { code: null, httpStatus: null, onWire: false },
  WebhookTimestampStale: { code: null, httpStatus: null, onWire: false },
  WebhookSecretInvalid: { code: null, httpStatus: null, onWire: false },
  NotificationParseError: { code: null, httpStatus: null, onWire: false },
  UnsupportedNotification: { code: null, httpStatus: null, onWire: false },
  PaymentDiffRefused: { code: null, httpStatus: null, onWire: false },
} as const satisfies Table;

type Rows = typeof ERROR_WIRE_TABLE;

/** The `type` of every error that has a wire form (its row says `onWire: true`). */
export type WireErrorType = {
  [T in keyof Rows]: Rows[T]['onWire'] extends true ? T : never;
}[keyof Rows];

type Identity<T extends keyof Rows> = {
  readonly type: T;
  readonly code: Rows[T]['code'];
  readonly httpStatus: Rows[T]['httpStatus'];
};

// Built once: constructors run on every rejection, and a fresh object with two keyed reads of
// the table each time made them the slowest part of a refused plan.
const IDENTITIES: ReadonlyMap<string, Identity<keyof Rows>> = new Map(
  Object.entries(ERROR_WIRE_TABLE).map(([type, row]) => [
    type,
    Object.freeze({ type, code: row.code, httpStatus: row.httpStatus }) as Identity<keyof Rows>,
  ]),
);

/**
 * The `type`, `code` and `httpStatus` of a variant, as its row gives them: what a constructor
 * starts from (it spreads them; the object is shared and frozen).
 */
export const wireIdentityOf = <T extends keyof Rows>(type: T): Identity<T> =>
  IDENTITIES.get(type) as Identity<T>;

const snakeCase = (type: string): string =>
  type.replace(
    /[A-Z]/g,
    (letter, index: number) => `${index === 0 ? '' : '_'}${letter.toLowerCase()}`,
  );

/**
 * The `cause[].code` a variant travels under: Mercado Pago's code, or where it has none the
 * snake-cased type (`too_many_refunds`). Total.
 */
export const wireCodeOf = (type: ReembolsoError['type']): number | string =>
  ERROR_WIRE_TABLE[type].code ?? snakeCase(type);

/** Every error `type` that has a wire form, in the table's order. */
export const WIRE_ERROR_TYPES: readonly WireErrorType[] = (
  Object.keys(ERROR_WIRE_TABLE) as (keyof Rows)[]
).filter((type): type is WireErrorType => ERROR_WIRE_TABLE[type].onWire);

const WIRE_TYPES: ReadonlySet<string> = new Set(WIRE_ERROR_TYPES);

/** Whether an error of this `type` has a wire form; for narrowing a union by its rows. Total. */
export const hasWireForm = (type: string): type is WireErrorType => WIRE_TYPES.has(type);

// Generates docs/guide/error-catalogue.md from the code: every constructor of
// packages/core/src/errors.ts is called, and each variant's doc comment says when it happens.
// Run with `pnpm docs:errors`; docs/error-catalogue.test.ts fails when the committed page is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  fromWireError,
  type ReembolsoError,
  toWireError,
  type WireMappableError,
} from '@reembolso/core';
import ts from 'typescript';
import * as errors from '../packages/core/src/errors.js';

const ERRORS_FILE = fileURLToPath(new URL('../packages/core/src/errors.ts', import.meta.url));
// The guides link to declarations by their source file, which the site turns into API pages.
const ERRORS_LINK = '../../packages/core/src/errors.ts';
const PAGE_FILE = fileURLToPath(new URL('./guide/error-catalogue.md', import.meta.url));

// Where a constructor demands a message, the catalogue says the caller gives it.
const CALLER_MESSAGE = '(given by the caller)';

type Constructors = typeof errors;

// One call per constructor, with realistic fields. The mapped type makes a new constructor in
// errors.ts a compile error here until it has a sample, so the catalogue cannot miss a variant.
const samples: { readonly [K in keyof Constructors]: () => ReturnType<Constructors[K]> } = {
  invalidInstant: () => errors.invalidInstant({ field: 'now' }),
  amountNotNumeric: () => errors.amountNotNumeric(),
  amountNotPositive: () => errors.amountNotPositive(),
  amountTooPrecise: () => errors.amountTooPrecise({ currency: 'BRL', decimals: 2 }),
  amountOutOfRange: () => errors.amountOutOfRange({ max: 999_999_999_999_999 }),
  unsupportedCurrency: () => errors.unsupportedCurrency({ currency: 'USD' }),
  invalidPaymentState: () =>
    errors.invalidPaymentState({ status: 'refunded', statusDetail: 'refunded' }),
  refundWindowExpired: () => errors.refundWindowExpired({ deadline: '2026-05-30T12:00:00.000Z' }),
  partialRefundUnsupported: () => errors.partialRefundUnsupported({ reason: 'marketplace' }),
  tooManyRefunds: () => errors.tooManyRefunds({ maxRefunds: 20 }),
  amountExceedsRefundable: () => errors.amountExceedsRefundable({ remaining: 2500 }),
  insufficientBalance: () => errors.insufficientBalance({ required: 998, available: 500 }),
  cancellationNotAllowed: () => errors.cancellationNotAllowed({ status: 'approved' }),
  invalidCancellationStatus: () => errors.invalidCancellationStatus(),
  missingCancellationStatus: () => errors.missingCancellationStatus(),
  paymentNotFound: () => errors.paymentNotFound({ paymentId: '20359978' }),
  refundNotFound: () => errors.refundNotFound({ refundId: '1009042015' }),
  invalidSplitterId: () => errors.invalidSplitterId(),
  currencyMismatch: () => errors.currencyMismatch({ expected: 'BRL', received: 'ARS' }),
  invalidId: () => errors.invalidId({ id: '12a' }),
  advancedPaymentNotFound: () => errors.advancedPaymentNotFound(),
  invalidAdvancedPayment: () =>
    errors.invalidAdvancedPayment({ reason: 'repeated_payment', index: 1 }),
  missingIdempotencyKey: () => errors.missingIdempotencyKey(),
  idempotencyConflict: () => errors.idempotencyConflict(),
  idempotencyInProgress: () => errors.idempotencyInProgress(),
  badRequest: () => errors.badRequest(CALLER_MESSAGE),
  unauthorized: () => errors.unauthorized(),
  rateLimited: () => errors.rateLimited({ retryAfterMs: 1000 }),
  serverError: () => errors.serverError({ httpStatus: 503 }),
  timeout: () => errors.timeout({ timeoutMs: 10_000 }),
  aborted: () => errors.aborted(),
  networkError: () => errors.networkError({}),
  invalidResponse: () => errors.invalidResponse({ httpStatus: 200, message: CALLER_MESSAGE }),
  unknownApiError: () =>
    errors.unknownApiError({ httpStatus: 400, code: 9999, message: CALLER_MESSAGE }),
  paymentParseError: () =>
    errors.paymentParseError({ path: 'transaction_amount', message: CALLER_MESSAGE }),
  webhookSignatureMissing: () => errors.webhookSignatureMissing(),
  webhookSignatureMalformed: () => errors.webhookSignatureMalformed(CALLER_MESSAGE),
  webhookSignatureMismatch: () => errors.webhookSignatureMismatch(),
  webhookTimestampStale: () =>
    errors.webhookTimestampStale({
      signedAtMs: 1_780_000_000_000,
      nowMs: 1_780_000_600_000,
      toleranceMs: 300_000,
    }),
  webhookSecretInvalid: () => errors.webhookSecretInvalid(),
  notificationParseError: () =>
    errors.notificationParseError({ path: 'data.id', message: CALLER_MESSAGE }),
  unsupportedNotification: () =>
    errors.unsupportedNotification({ notificationType: 'merchant_order' }),
  paymentDiffRefused: () => errors.paymentDiffRefused({ reason: 'older_than_before' }),
};

/** One variant of the catalogue, as the code declares and builds it. */
export interface CatalogueEntry {
  /** The interface that declares the variant (`NetworkError`). */
  readonly interfaceName: string;
  /** Its `type` tag (`Network`). */
  readonly type: string;
  /** The unions of errors.ts that list the interface (`RefundRejection`, …). */
  readonly families: readonly string[];
  /** The declared type of `code` and of `httpStatus`, as written in errors.ts. */
  readonly declaredCode: string;
  readonly declaredHttpStatus: string;
  /** A value built by the variant's constructor. */
  readonly sample: ReembolsoError;
  /** The `cause[].code` it travels under, or `null` when it never goes on the wire. */
  readonly wireCode: number | string | null;
  /** The interface's doc comment. */
  readonly when: string;
}

interface Declared {
  readonly interfaceName: string;
  readonly type: string;
  readonly declaredCode: string;
  readonly declaredHttpStatus: string;
  readonly when: string;
}

const declarations = (source: ts.SourceFile) => {
  const declared: Declared[] = [];
  const families = new Map<string, string[]>();
  const propertyType = (node: ts.InterfaceDeclaration, name: string): string => {
    const member = node.members.find(
      (m): m is ts.PropertySignature =>
        ts.isPropertySignature(m) && m.name.getText(source) === name,
    );
    if (!member?.type) throw new Error(`${node.name.text} declares no ${name}`);
    return member.type.getText(source);
  };
  for (const statement of source.statements) {
    if (ts.isInterfaceDeclaration(statement) && statement.members.length > 0) {
      const tag = propertyType(statement, 'type');
      if (!/^'[A-Za-z]+'$/.test(tag)) continue;
      const docs = ts.getJSDocCommentsAndTags(statement).filter(ts.isJSDoc);
      const when = docs
        .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
      declared.push({
        interfaceName: statement.name.text,
        type: tag.slice(1, -1),
        declaredCode: propertyType(statement, 'code'),
        declaredHttpStatus: propertyType(statement, 'httpStatus'),
        when,
      });
    }
    if (ts.isTypeAliasDeclaration(statement)) {
      const members = ts.isUnionTypeNode(statement.type) ? statement.type.types : [statement.type];
      for (const member of members) {
        if (!ts.isTypeReferenceNode(member)) continue;
        const name = member.typeName.getText(source);
        families.set(name, [...(families.get(name) ?? []), statement.name.text]);
      }
    }
  }
  return { declared, families };
};

// A variant goes on the wire when reading its wire form back gives the same variant.
const wireCodeOf = (error: ReembolsoError): number | string | null => {
  if (error.httpStatus === null) return null;
  // toWireError is total at run time; the round trip decides whether the variant has a wire form.
  const wire = toWireError(error as WireMappableError);
  const back = fromWireError(wire.status, wire);
  return back.type === error.type ? (wire.cause[0]?.code ?? null) : null;
};

/** Every variant of errors.ts, in the order it declares them. */
export const catalogueEntries = (): CatalogueEntry[] => {
  const text = readFileSync(ERRORS_FILE, 'utf8');
  const source = ts.createSourceFile(ERRORS_FILE, text, ts.ScriptTarget.Latest, true);
  const { declared, families } = declarations(source);
  const built = new Map<string, ReembolsoError>(
    Object.values(samples).map((sample) => {
      const error: ReembolsoError = sample();
      return [error.type, error];
    }),
  );
  const entries = declared.map((d): CatalogueEntry => {
    const sample = built.get(d.type);
    if (!sample) throw new Error(`no constructor builds ${d.type}`);
    for (const [declaredText, value] of [
      [d.declaredCode, sample.code],
      [d.declaredHttpStatus, sample.httpStatus],
    ] as const) {
      if (/^(\d+|null)$/.test(declaredText) && declaredText !== String(value)) {
        throw new Error(`${d.type}: declared ${declaredText}, constructor builds ${value}`);
      }
    }
    return {
      ...d,
      families: families.get(d.interfaceName) ?? [],
      sample,
      wireCode: wireCodeOf(sample),
    };
  });
  if (entries.length !== built.size) {
    const documented = new Set(entries.map((e) => e.type));
    const missing = [...built.keys()].filter((type) => !documented.has(type));
    throw new Error(`constructors without a declared interface: ${missing.join(', ')}`);
  }
  return entries;
};

const codeCell = (entry: CatalogueEntry): string =>
  /^\d+$/.test(entry.declaredCode)
    ? `\`${entry.declaredCode}\``
    : entry.declaredCode === 'null'
      ? '—'
      : 'as received';

const httpCell = (entry: CatalogueEntry): string => {
  const declared = entry.declaredHttpStatus;
  if (/^\d+$/.test(declared)) return declared;
  if (declared === 'null') return '— (no answer)';
  return declared.includes('null') ? 'as received, or none' : 'as received';
};

const wireCell = (entry: CatalogueEntry): string =>
  entry.wireCode === null
    ? '— (never sent)'
    : !/^(\d+|null)$/.test(entry.declaredCode)
      ? 'as received'
      : typeof entry.wireCode === 'number'
        ? `\`${entry.wireCode}\``
        : `\`"${entry.wireCode}"\``;

const typeCell = (entry: CatalogueEntry): string =>
  `[${entry.type}](${ERRORS_LINK}#${entry.interfaceName})`;

const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;

/** The markdown of docs/guide/error-catalogue.md. */
export const renderErrorCatalogue = (): string => {
  const entries = catalogueEntries();
  const example = errors.refundWindowExpired({ deadline: '2026-05-30T12:00:00.000Z' });
  const lines = [
    '---',
    'title: Error catalogue',
    '---',
    '',
    '<!-- Generated by `pnpm docs:errors` from packages/core/src/errors.ts: do not edit by hand. -->',
    '',
    '# Error catalogue',
    '',
    `Everything reembolso can fail with is one closed union, [ReembolsoError](${ERRORS_LINK}#ReembolsoError), of ${entries.length} variants tagged by \`type\`.`,
    'Every variant carries `code` (Mercado Pago’s `cause[].code`, or `null` where Mercado Pago documents',
    'none), `httpStatus` and `message`, plus the typed fields its page in the API reference lists.',
    'Branch on `type` (or on `code`), never on `message` or on the HTTP status alone: the statuses of',
    'Mercado Pago’s own error table are unreliable (see the [rules reference](./rules.md)).',
    '',
    'This page is generated from the code: each entry calls the variant’s constructor (its message',
    'is what that builds, with example fields) and quotes the doc comment of its interface.',
    '',
    '## Codes and statuses',
    '',
    '| type | Mercado Pago code | HTTP | `cause[].code` on the wire |',
    '| --- | --- | --- | --- |',
    ...entries.map((entry) =>
      row([typeCell(entry), codeCell(entry), httpCell(entry), wireCell(entry)]),
    ),
    '',
    '## When each happens',
    '',
    'The unions a variant belongs to say which calls can answer it (`RefundRejection`: `planRefund`,',
    '`CancellationRejection`: `planCancellation`, `AmountError`: `toMinor`; every gateway call answers',
    'a `GatewayError`).',
    '',
    ...entries.map((entry) => {
      const families = entry.families.map((family) => `\`${family}\``).join(', ');
      const message =
        entry.sample.message === CALLER_MESSAGE
          ? 'Its message is given by the caller.'
          : `It says: “${entry.sample.message}”.`;
      return `- **${typeCell(entry)}**${families ? ` (${families})` : ''}: ${entry.when} ${message}`;
    }),
    '',
    '## On the wire',
    '',
    'A variant that has a wire form travels as Mercado Pago’s error body, with its typed fields in',
    '`cause[0].data`; [fromWireError](../../packages/core/src/wire/wire-error.ts#fromWireError) reads it back into the same variant.',
    'Variants without a Mercado Pago code travel under their `type` in snake case. For example,',
    '[toWireError](../../packages/core/src/wire/wire-error.ts#toWireError) turns `RefundWindowExpired` into:',
    '',
    '```json',
    JSON.stringify(toWireError(example), null, 2),
    '```',
    '',
  ];
  return lines.join('\n');
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(PAGE_FILE, renderErrorCatalogue());
  console.log(`wrote ${PAGE_FILE}`);
}

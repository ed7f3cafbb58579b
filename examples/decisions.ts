// The example payments of examples/payments through the core rules: each file holds a payment as
// GET /v1/payments/{id} returns it, a refund request as POST /v1/payments/{id}/refunds takes it,
// the policy and the instant, and the outcome it is expected to have.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type AmountError,
  type Currency,
  classicPolicy,
  currentPolicy,
  decimalsOf,
  fromMinor,
  type PaymentParseError,
  parsePayment,
  planRefund,
  type RefundPlan,
  type RefundRejection,
  toMinor,
} from '@reembolso/core';
import { ok, type Result } from 'neverthrow';
import { refusalText, wrapParts } from './refusal-text.js';

/** One example file of `examples/payments`. */
export interface Example {
  /** The file name, for messages. */
  readonly file: string;
  readonly title: string;
  readonly policy: 'classic' | 'current';
  /** The instant of the refund, ISO-8601. */
  readonly now: string;
  /** The body of the refund request: `amount` as a decimal, as on the wire, or absent. */
  readonly request: { readonly amount?: number };
  /** The collector's available balance as a decimal, when the example checks it (R8). */
  readonly availableBalance?: number;
  /** The expected outcome: `"plan"`, or the `type` of the error that refuses the refund. */
  readonly expect: string;
  /** The payment JSON, as Mercado Pago returns it. */
  readonly payment: unknown;
}

/** What the core decided for one example. */
export interface Decision {
  readonly example: Example;
  /** `"plan"`, or the `type` of the error that refused the refund. */
  readonly outcome: string;
  /** The decision in words, in parts: `refund 50.00 BRL partial → …`, … or `refused: …`. */
  readonly parts: readonly string[];
}

type Refusal = RefundRejection | AmountError | PaymentParseError;

/** The folder holding the example payments. */
export const paymentsDir = join(import.meta.dirname, 'payments');

/**
 * Reads every `*.json` of `dir`, in file-name order. Throws on a file that is not an example:
 * they are fixtures of this repository, and a broken one should stop the demo loudly.
 */
export const loadExamples = (dir: string = paymentsDir): Example[] =>
  readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => readExample(file, JSON.parse(readFileSync(join(dir, file), 'utf8'))));

const readExample = (file: string, json: unknown): Example => {
  if (typeof json !== 'object' || json === null) throw new Error(`${file}: not a JSON object`);
  const { title, policy, now, request, availableBalance, expect, payment } = json as Record<
    string,
    unknown
  >;
  const amount = (request as { amount?: unknown } | undefined)?.amount;
  if (
    typeof title !== 'string' ||
    (policy !== 'classic' && policy !== 'current') ||
    typeof now !== 'string' ||
    typeof request !== 'object' ||
    request === null ||
    (amount !== undefined && typeof amount !== 'number') ||
    (availableBalance !== undefined && typeof availableBalance !== 'number') ||
    typeof expect !== 'string'
  ) {
    throw new Error(`${file}: expected title, policy, now, request, expect and payment`);
  }
  return {
    file,
    title,
    policy,
    now,
    request: amount === undefined ? {} : { amount },
    ...(availableBalance === undefined ? {} : { availableBalance }),
    expect,
    payment,
  };
};

const money = (minor: number, currency: Currency): string =>
  `${fromMinor(minor, currency).toFixed(decimalsOf(currency))} ${currency}`;

// A decimal of the example (request amount, balance) in minor units of the payment's currency.
const minorOf = (
  amount: number | undefined,
  currency: Currency,
): Result<number | undefined, AmountError> =>
  amount === undefined ? ok(undefined) : toMinor(amount, currency);

/**
 * Runs one example through the core, as a server would: `parsePayment` on the payment JSON,
 * `toMinor` on the requested amount and the balance, then `planRefund` with the example's
 * policy and instant. Never throws.
 */
export const decide = (example: Example): Decision => {
  const policy = example.policy === 'current' ? currentPolicy : classicPolicy;
  const parsed = parsePayment(example.payment);
  const currency = parsed.isOk() ? parsed.value.currency : null;
  const planned: Result<RefundPlan, Refusal> = parsed.andThen((payment) =>
    minorOf(example.request.amount, payment.currency).andThen((amount) =>
      minorOf(example.availableBalance, payment.currency).andThen(
        (availableBalance): Result<RefundPlan, Refusal> =>
          planRefund(payment, amount === undefined ? {} : { amount }, {
            now: new Date(example.now),
            policy,
            ...(availableBalance === undefined ? {} : { availableBalance }),
          }),
      ),
    ),
  );
  return planned.match(
    (plan) => ({ example, outcome: 'plan', parts: describePlan(plan) }),
    (refusal) => ({
      example,
      outcome: refusal.type,
      parts: [`refused: ${refusalText(refusal, currency)}`],
    }),
  );
};

const describePlan = (plan: RefundPlan): string[] => {
  const feesBack = plan.fees
    .filter((fee) => fee.amount !== 0)
    .map((fee) => `${money(fee.amount, plan.currency)} ${fee.type} (${fee.payer})`);
  return [
    `refund ${money(plan.amount, plan.currency)} ${plan.kind} → ${plan.statusAfter}/${plan.statusDetailAfter}`,
    ...(feesBack.length > 0
      ? feesBack.map((fee, index) => (index === 0 ? `fees back ${fee}` : fee))
      : ['no fees back']),
    `payer receives ${money(plan.payerReceives, plan.currency)} (${plan.destination})`,
    `collector debit ${money(plan.collectorDebit, plan.currency)}`,
  ];
};

/**
 * Every example of `examples/payments` through the core, as an aligned text table: title, policy
 * and the decision (`refund 50.00 BRL partial → approved/partially_refunded, fees back …` or
 * `refused: RefundWindowExpired (2024): …`).
 */
export const decisionsTable = (dir: string = paymentsDir): string => {
  const rows = loadExamples(dir).map((example) => {
    const decision = decide(example);
    return [example.title, example.policy, decision.parts] as const;
  });
  const header = ['example', 'policy', 'decision'] as const;
  const titleWidth = Math.max(header[0].length, ...rows.map(([title]) => title.length));
  const policyWidth = Math.max(header[1].length, ...rows.map(([, policy]) => policy.length));
  const line = ([title, policy, parts]: readonly [string, string, readonly string[]]) =>
    wrapParts(`${title.padEnd(titleWidth)}  ${policy.padEnd(policyWidth)}  `, parts);
  return [
    ...line([header[0], header[1], [header[2]]]),
    ...line(['-'.repeat(titleWidth), '-'.repeat(policyWidth), ['-'.repeat(8)]]),
    ...rows.flatMap(line),
  ].join('\n');
};

import { type Payment, parsePayment, toWirePayment } from '@reembolso/core';
import { parseThroughSchemas } from '../packages/core/src/payment/parse-payment.js';
import { benchPayment, benchRefund } from './fixtures.js';
import type { Section } from './goal.js';
import {
  cpuTimed,
  figuresOf,
  formatRate,
  formatRatioFigure,
  interleave,
  ratioOf,
} from './measure.js';

const GOAL = 100_000;
const BATCH = 5_000;

// A payment with 5 fees and 10 refunds, as GET /v1/payments/{id} answers it, parsed from JSON.
const wire = (): unknown => {
  const base = benchPayment(1, 100_000);

  const payment: Payment = {
    ...base,
    statusDetail: 'partially_refunded',
    feeDetails: Array.from({ length: 5 }, (_, i) => ({
      type: i === 4 ? 'financing_fee' : 'mercadopago_fee',
      amount: 101 + i,
      feePayer: i === 4 ? 'payer' : 'collector',
    })),
    refunds: Array.from({ length: 10 }, (_, i) => benchRefund(base.id, i, 1_001)),
    refundedAmount: 10_010,
  };
  return JSON.parse(JSON.stringify(toWirePayment(payment)));
};

/** parsePayment (lean path) against the schema path it falls back to, on the same payment. */
export const benchParsePayment = async (): Promise<Section> => {
  const json = wire();
  if (parsePayment(json).isErr()) throw new Error('the bench payment does not parse');
  let sink = 0;
  const samples = await interleave({
    lean: cpuTimed(() => {
      for (let i = 0; i < BATCH; i += 1) if (parsePayment(json).isOk()) sink += 1;
    }, BATCH),
    schemas: cpuTimed(() => {
      for (let i = 0; i < BATCH; i += 1) if (parseThroughSchemas(json).isOk()) sink += 1;
    }, BATCH / 5),
  });
  if (sink < 0) console.log(sink);
  // The schema batch is a fifth of the lean one: rescale its samples to payments per second.
  const schemas = samples.schemas.map((rate) => rate / 5);
  const figures = figuresOf({ lean: samples.lean, schemas });
  const met = figures.lean.median >= GOAL;
  return {
    goals: [
      {
        path: 'parsePayment, 5 fees and 10 refunds',
        today: formatRate(figures.lean, 'payments/s'),
        goal: `≥ ${GOAL.toLocaleString('en-US').replaceAll(',', ' ')}/s`,
        met,
        ...(met
          ? {}
          : {
              why: 'in a CPU profile of this payment, the dates (checked by a regular expression, then parsed) take about a quarter of a parse, the JSON depth check a fifth, the amounts (read digit by digit from their shortest text) a seventh and the ids an eighth.',
            }),
      },
    ],
    markdown: `## parsePayment

A payment with 5 fees and 10 refunds, as \`GET /v1/payments/{id}\` answers it (already
\`JSON.parse\`d). \`parsePayment\` reads the shapes Mercado Pago sends on a lean hand-written path
and falls back to its valibot schemas for anything else (which alone word the errors); a
differential test (\`packages/core/test/parse-payment-lean.test.ts\`) holds both to the same answer.
Timed in CPU time, in interleaved rounds.

| what | figure |
|---|---|
| \`parsePayment\` | ${formatRate(figures.lean, 'payments/s')} |
| the schemas alone (the previous implementation) | ${formatRate(figures.schemas, 'payments/s')} |
| ratio | ${formatRatioFigure(ratioOf(samples.lean, schemas))} |
`,
  };
};

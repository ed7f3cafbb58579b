// The official `mercadopago` SDK's payment and refund calls against the sandbox's msw handlers,
// as one suite run once per supported SDK major (3.x, the documented one, and 2.x for
// compatibility). Each major throws its own error shape, so the caller says how to read one.
import { createMemoryGateway } from '@reembolso/adapter-memory';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSandboxHandlers } from '../../src/index.js';
import { NOW, wirePayment } from './fixtures.js';

/** The fields of a payment answer the suite reads; both majors answer at least these. */
interface SdkPayment {
  readonly id?: number;
  readonly status?: string;
  readonly api_response: { readonly status: number };
}

/** The fields of a refund answer the suite reads. */
interface SdkRefund {
  readonly id?: number;
  readonly amount?: number;
}

interface PaymentBody {
  readonly transaction_amount: number;
  readonly payment_method_id: string;
  readonly token?: string;
  readonly installments?: number;
  readonly payer: { readonly email: string; readonly first_name?: string };
}

/** The SDK's `Payment` client, as far as the suite calls it. */
export interface SdkPayments {
  create(args: { body: PaymentBody }): Promise<SdkPayment>;
  get(args: { id: string }): Promise<SdkPayment>;
  cancel(args: { id: string }): Promise<SdkPayment>;
}

/** The SDK's `PaymentRefund` client, as far as the suite calls it. */
export interface SdkRefunds {
  create(args: {
    payment_id: string;
    body: { amount: number };
    requestOptions?: { idempotencyKey: string };
  }): Promise<SdkRefund>;
  total(args: { payment_id: string }): Promise<SdkRefund>;
  list(args: { payment_id: string }): Promise<SdkRefund[]>;
  get(args: { payment_id: string; refund_id: string }): Promise<SdkRefund>;
}

/** What a thrown refusal says: its HTTP status and the `code` of each cause. */
export interface SdkRefusal {
  readonly status: number;
  readonly codes: readonly unknown[];
}

/** The `code` of each cause in `causes` (an array of Mercado Pago's `cause` objects, or anything). */
export const codesOf = (causes: unknown): unknown[] =>
  Array.isArray(causes)
    ? causes.map((cause: unknown) =>
        typeof cause === 'object' && cause !== null && 'code' in cause ? cause.code : undefined,
      )
    : [];

/** One SDK major under test: its clients for an access token, and how to read its refusals. */
export interface SdkUnderTest {
  readonly name: string;
  readonly clients: (accessToken: string) => {
    readonly payments: SdkPayments;
    readonly refunds: SdkRefunds;
  };
  readonly refusalOf: (thrown: unknown) => SdkRefusal;
}

/** Registers the suite for one SDK major. */
export const describeOfficialSdk = (sdk: SdkUnderTest): void => {
  // The official SDK calls https://api.mercadopago.com, fixed; msw answers for it in-process.
  const gateway = createMemoryGateway({ clock: NOW, ids: { seed: 7 } });
  const server = setupServer(...createSandboxHandlers({ gateway }));
  const { payments, refunds } = sdk.clients('TEST-0000-sdk');

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());
  beforeEach(() => gateway.reset());

  const createApproved = () =>
    payments.create({
      body: {
        transaction_amount: 100,
        payment_method_id: 'visa',
        token: 'card-token',
        installments: 1,
        payer: { email: 'buyer@example.com', first_name: 'APRO' },
      },
    });
  const createPending = () =>
    payments.create({
      body: {
        transaction_amount: 50,
        payment_method_id: 'pix',
        payer: { email: 'buyer@example.com' },
      },
    });
  const refusalOf = (call: Promise<unknown>) =>
    call.then(
      () => expect.unreachable('the call succeeded'),
      (thrown: unknown) => sdk.refusalOf(thrown),
    );

  describe(`the official mercadopago SDK ${sdk.name} against the sandbox handlers`, () => {
    it('creates a payment, approved for the APRO cardholder', async () => {
      const payment = await createApproved();
      expect(payment).toMatchObject({
        status: 'approved',
        status_detail: 'accredited',
        transaction_amount: 100,
      });
      expect(payment.api_response.status).toBe(201);
    });

    it('refunds in part, then the rest in full, and lists and gets the refunds', async () => {
      const { id } = await createApproved();
      const paymentId = String(id);
      const partial = await refunds.create({ payment_id: paymentId, body: { amount: 10.5 } });
      expect(partial).toMatchObject({ payment_id: id, amount: 10.5, status: 'approved' });
      expect(await payments.get({ id: paymentId })).toMatchObject({
        status: 'approved',
        status_detail: 'partially_refunded',
        transaction_amount_refunded: 10.5,
      });

      const rest = await refunds.total({ payment_id: paymentId });
      expect(rest).toMatchObject({ payment_id: id, amount: 89.5 });
      expect(await payments.get({ id: paymentId })).toMatchObject({
        status: 'refunded',
        status_detail: 'refunded',
        transaction_amount_refunded: 100,
      });

      const listed = await refunds.list({ payment_id: paymentId });
      expect(listed.map((r) => r.amount)).toEqual([10.5, 89.5]);
      const one = await refunds.get({ payment_id: paymentId, refund_id: String(partial.id) });
      expect(one).toMatchObject({ id: partial.id, amount: 10.5 });
    });

    it('refunds the whole payment at once', async () => {
      const { id } = await createApproved();
      const total = await refunds.total({ payment_id: String(id) });
      expect(total.amount).toBe(100);
      expect((await payments.get({ id: String(id) })).status).toBe('refunded');
    });

    it('cancels a pending payment, and the payment stays cancelled', async () => {
      const pending = await createPending();
      expect(pending.status).toBe('pending');
      const cancelled = await payments.cancel({ id: String(pending.id) });
      expect(cancelled).toMatchObject({
        id: pending.id,
        status: 'cancelled',
        status_detail: 'by_collector',
      });
      expect((await payments.get({ id: String(pending.id) })).status).toBe('cancelled');
    });

    it('a refused call throws Mercado Pago’s status and cause codes, and changes nothing', async () => {
      const pending = await createPending();
      expect(
        await refusalOf(refunds.create({ payment_id: String(pending.id), body: { amount: 5 } })),
      ).toEqual({ status: 400, codes: [2063] });
      gateway.seedWirePayment(wirePayment({ id: 4242, marketplace: 'MELI' }))._unsafeUnwrap();
      expect(await refusalOf(refunds.create({ payment_id: '4242', body: { amount: 5 } }))).toEqual({
        status: 400,
        codes: [3024],
      });
      expect(await refusalOf(payments.get({ id: '999' }))).toEqual({ status: 404, codes: [2000] });
      expect((await refunds.list({ payment_id: '4242' })).length).toBe(0);
    });

    it('the SDK’s own X-Idempotency-Key makes each refund call a new refund', async () => {
      const { id } = await createApproved();
      await refunds.create({ payment_id: String(id), body: { amount: 1 } });
      await refunds.create({ payment_id: String(id), body: { amount: 1 } });
      expect((await refunds.list({ payment_id: String(id) })).length).toBe(2);
    });

    it('a caller’s idempotency key replays the first refund', async () => {
      const { id } = await createApproved();
      const requestOptions = { idempotencyKey: 'order-42-refund' };
      const first = await refunds.create({
        payment_id: String(id),
        body: { amount: 3 },
        requestOptions,
      });
      const again = await refunds.create({
        payment_id: String(id),
        body: { amount: 3 },
        requestOptions,
      });
      expect(again.id).toBe(first.id);
      expect(gateway.snapshot().payments[0]?.refunds).toHaveLength(1);
    });
  });
};

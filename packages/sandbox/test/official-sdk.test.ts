import {
  MercadoPagoConfig,
  MercadoPagoError,
  MPBadRequestError,
  MPNotFoundError,
  Payment,
  PaymentRefund,
} from 'mercadopago';
import { describe, expect, it } from 'vitest';
import { codesOf, describeOfficialSdk } from './support/official-sdk-suite.js';

const clients = (accessToken: string) => {
  const client = new MercadoPagoConfig({ accessToken, options: { timeout: 5_000 } });
  return { payments: new Payment(client), refunds: new PaymentRefund(client) };
};

// SDK 3 throws a MercadoPagoError subclass per status, with the body's `cause` in `.causes`.
describeOfficialSdk({
  name: '3.x',
  clients,
  refusalOf: (thrown) => {
    if (!(thrown instanceof MercadoPagoError)) throw thrown;
    return { status: thrown.status, codes: codesOf(thrown.causes) };
  },
});

describe('the official mercadopago SDK 3.x error classes', () => {
  // The suite above has msw's server listening for this whole file.
  const { refunds } = clients('TEST-0000-sdk');

  it('a refusal is the class of its status: MPNotFoundError for a 404', async () => {
    await expect(refunds.create({ payment_id: '998', body: { amount: 1 } })).rejects.toSatisfy(
      (thrown) => thrown instanceof MPNotFoundError && codesOf(thrown.causes)[0] === 2000,
    );
  });

  it('and MPBadRequestError for a 400', async () => {
    await expect(
      refunds.create({ payment_id: 'not-a-number', body: { amount: 1 } }),
    ).rejects.toBeInstanceOf(MPBadRequestError);
  });
});

// The drift example of docs/guide/money-and-rounding.md: cumulative shares against shares
// rounded refund by refund, for a fee of 1 000 CLP (no decimals) on a payment of 10 000 CLP.

// #region cumulative
import { type FeeDetail, feeShares, proportionalShare } from '@reembolso/core';
import { printTable } from './markdown-table.js';

const paid = 10_000; // CLP has no decimals: minor units are pesos
const fees: FeeDetail[] = [{ type: 'mercadopago_fee', amount: 1000, feePayer: 'collector' }];

let refunded = 0;
for (const amount of [3333, 3333, 3334]) {
  const [share] = feeShares(fees, refunded, refunded + amount, paid);
  const naive = proportionalShare(1000, amount, paid); // rounding each refund on its own
  console.log(`refund ${amount}: fee back ${share?.amount}, rounded alone ${naive}`);
  refunded += amount;
}
// #endregion cumulative

let before = 0;
const rows = [3333, 3333, 3334].map((amount, index) => {
  const after = before + amount;
  const row = [
    String(index + 1),
    String(amount),
    String(after),
    String(proportionalShare(1000, after, paid)),
    String(feeShares(fees, before, after, paid)[0]?.amount),
    String(proportionalShare(1000, amount, paid)),
  ];
  before = after;
  return row;
});
const total = (column: number) => String(rows.reduce((sum, row) => sum + Number(row[column]), 0));
printTable(
  [
    'refund',
    'amount',
    'refunded after',
    'fee returned after (rounded)',
    'fee back: reembolso',
    'fee back: each refund rounded alone',
  ],
  [...rows, ['**total**', total(1), '', '', `**${total(4)}**`, `**${total(5)}**`]],
);

// The rounding table of docs/guide/money-and-rounding.md: ties go to the even unit.
import { fromMinor } from '@reembolso/core';
import { printTable } from './markdown-table.js';

const brl = (minor: number) => fromMinor(minor, 'BRL').toFixed(2);
const cases = [
  { fee: 497, refunded: 5000, paid: 10_000 },
  { fee: 499, refunded: 5000, paid: 10_000 },
  { fee: 499, refunded: 1050, paid: 10_000 },
  { fee: 1250, refunded: 3333, paid: 10_000 },
  { fee: 1, refunded: 5000, paid: 10_000 },
  { fee: 3, refunded: 5000, paid: 10_000 },
];

// #region half-even
import { proportionalShare } from '@reembolso/core';

// 4.97 of fee on a 100.00 payment of which 50.00 is refunded: exactly 2.485, a tie.
console.log(proportionalShare(497, 5000, 10_000)); // 248: the tie goes to the even unit
console.log(proportionalShare(499, 5000, 10_000)); // 250: 249.5 goes up, to 250
// #endregion half-even

printTable(
  ['fee', 'refunded of 100.00', 'exact share', 'returned (half to even)', 'half up would give'],
  cases.map(({ fee, refunded, paid }) => {
    const exact = (fee * refunded) / paid;
    return [
      brl(fee),
      brl(refunded),
      (exact / 100).toFixed(6).replace(/0+$/, '').replace(/\.$/, ''),
      brl(proportionalShare(fee, refunded, paid)),
      brl(Math.floor(exact + 0.5)),
    ];
  }),
);

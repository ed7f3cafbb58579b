// The conversion examples of docs/guide/money-and-rounding.md.

// #region to-minor
import { fromMinor, toMinor } from '@reembolso/core';

const convert = (amount: number | string, currency: string): string =>
  toMinor(amount, currency).match(
    (minor) => `${minor} minor units`,
    (error) => `${error.type}: ${error.message}`,
  );

console.log(convert(10.5, 'BRL')); // the body of a partial refund: {"amount": 10.5}
console.log(convert('10.50', 'BRL'));
console.log(convert(0.1 + 0.2, 'BRL')); // 0.30000000000000004
console.log(convert(10.123, 'BRL'));
console.log(convert(1500, 'CLP'));
console.log(convert(1500.5, 'CLP'));
console.log(convert(10, 'USD'));
console.log(fromMinor(1050, 'BRL'), fromMinor(1500, 'CLP')); // back to the wire
// #endregion to-minor

// The currency table of docs/guide/money-and-rounding.md, printed from the core's own table.
import {
  classicPolicy,
  currencies,
  currentPolicy,
  decimalsOf,
  maxMinorUnits,
  refundWindowDaysFor,
  siteOf,
} from '@reembolso/core';
import { printTable } from './markdown-table.js';

printTable(
  [
    'currency',
    'decimals',
    'minor unit',
    'site',
    'largest amount (minor units)',
    'refund window: classic / current',
  ],
  currencies.map((currency) => [
    `\`${currency}\``,
    String(decimalsOf(currency)),
    decimalsOf(currency) === 0 ? `1 ${currency}` : `0.01 ${currency}`,
    `\`${siteOf(currency)}\``,
    maxMinorUnits(currency).toLocaleString('en-US'),
    `${refundWindowDaysFor(classicPolicy, siteOf(currency))} / ${refundWindowDaysFor(currentPolicy, siteOf(currency))} days`,
  ]),
);

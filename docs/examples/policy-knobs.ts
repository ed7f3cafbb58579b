// The knob table of docs/guide/policies.md, printed from the policies themselves.
import { classicPolicy, currentPolicy, type RefundPolicy } from '@reembolso/core';
import { printTable } from './markdown-table.js';

const show = (value: unknown): string => {
  if (Array.isArray(value))
    return value.length === 0 ? 'none' : value.map((v) => `\`${v}\``).join(', ');
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    return entries.length === 0 ? 'none' : entries.map(([k, v]) => `\`${k}\`: ${v}`).join(', ');
  }
  return `\`${String(value)}\``;
};

const knobs = Object.keys(classicPolicy) as (keyof RefundPolicy)[];
printTable(
  ['knob', '`classicPolicy` (default)', '`currentPolicy`'],
  knobs.map((knob) => [`\`${knob}\``, show(classicPolicy[knob]), show(currentPolicy[knob])]),
);

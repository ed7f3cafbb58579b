/**
 * The functions of `@reembolso/core` that SPEC marks Contract, the ones a new user meets first:
 * each has parameter descriptions and a run example (docs/api-examples.test.ts), and its API page
 * is opened in a browser (docs/browser-check.ts).
 */
export const CONTRACT_FUNCTIONS = [
  'toMinor',
  'fromMinor',
  'parsePayment',
  'planRefund',
  'planCancellation',
  'refundPayment',
  'cancelPayment',
  'refundAdvancedPayment',
] as const;

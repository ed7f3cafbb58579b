// The payment-states diagram is drawn from the core's own answers, and the committed SVG is it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPaymentStatesSvg } from './generate-payment-states.js';
import { ROOT } from './markdown-sources.js';
import { deadEnds, transitions } from './payment-transitions.js';

describe('the payment-states diagram', () => {
  it('is the generated SVG, committed (run `pnpm docs:states` after changing a rule)', () => {
    const svg = renderPaymentStatesSvg();
    expect(readFileSync(join(ROOT, 'docs/guide/payment-states.svg'), 'utf8')).toBe(svg);
  });

  it('draws the moves the core allows, and no other', () => {
    expect(transitions().map((t) => `${t.from} → ${t.to}: ${t.action} [${t.policies}]`)).toEqual([
      'pending/pending_waiting_payment → cancelled/by_collector: cancel [classic,current]',
      'approved/accredited → approved/partially_refunded: partial refund [classic,current]',
      'approved/accredited → refunded/refunded: total refund [classic,current]',
      'approved/partially_refunded → approved/partially_refunded: partial refund [classic,current]',
      'approved/partially_refunded → refunded/refunded: refund all that remains [classic,current]',
      'authorized/pending_capture → cancelled/by_collector: cancel [current]',
      'in_process/pending_review_manual → cancelled/by_collector: cancel [classic,current]',
    ]);
    const svg = renderPaymentStatesSvg();
    expect(svg.match(/<polyline [^>]*marker-end="url\(#move\)"/g)).toHaveLength(7);
    expect(svg).toContain('>cancel (current policy)<');
  });

  it('lists the states with no move, and what the core answers there', () => {
    expect(deadEnds().map((end) => end.state)).toEqual([
      'in_mediation/in_mediation',
      'rejected/cc_rejected_other_reason',
      'cancelled/by_collector',
      'refunded/refunded',
      'charged_back/settled',
    ]);
    expect(renderPaymentStatesSvg()).toContain('no refund (2063), no cancel (2018)');
  });
});

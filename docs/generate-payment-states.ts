// Draws docs/guide/payment-states.svg from the moves the core allows (docs/payment-transitions.ts).
// The layout is drawn by hand below; the moves are not: a move the core starts or stops allowing
// fails docs/payment-states.test.ts until this layout draws exactly the moves there are.
// Run with `pnpm docs:states`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deadEnds, policies, type Transition, transitions } from './payment-transitions.js';

const SVG_FILE = fileURLToPath(new URL('./guide/payment-states.svg', import.meta.url));

type Point = readonly [number, number];
type Kind = 'waiting' | 'approved' | 'final';

const BOX = { width: 180, height: 46 };
const SIDE_WIDTH = 238;

// Where each state is drawn (top-left corner) and how.
const NODES: Readonly<Record<string, { readonly at: Point; readonly kind: Kind }>> = {
  'pending/pending_waiting_payment': { at: [20, 44], kind: 'waiting' },
  'in_process/pending_review_manual': { at: [220, 44], kind: 'waiting' },
  'authorized/pending_capture': { at: [420, 44], kind: 'waiting' },
  'cancelled/by_collector': { at: [420, 180], kind: 'final' },
  'approved/accredited': { at: [20, 200], kind: 'approved' },
  'approved/partially_refunded': { at: [20, 330], kind: 'approved' },
  'refunded/refunded': { at: [20, 460], kind: 'final' },
};

// The path of each move, keyed `from → to: action`, and where its label sits.
interface Route {
  readonly path: readonly Point[];
  readonly label: Point;
  readonly anchor?: 'start';
}
const ROUTES: Readonly<Record<string, Route>> = {
  'pending/pending_waiting_payment → cancelled/by_collector: cancel': {
    path: [
      [110, 90],
      [110, 150],
      [510, 150],
      [510, 180],
    ],
    label: [110, 128],
  },
  'in_process/pending_review_manual → cancelled/by_collector: cancel': {
    path: [
      [310, 90],
      [310, 150],
      [510, 150],
      [510, 180],
    ],
    label: [310, 128],
  },
  'authorized/pending_capture → cancelled/by_collector: cancel': {
    path: [
      [510, 90],
      [510, 180],
    ],
    label: [510, 128],
  },
  'approved/accredited → approved/partially_refunded: partial refund': {
    path: [
      [110, 246],
      [110, 330],
    ],
    label: [110, 288],
  },
  'approved/accredited → refunded/refunded: total refund': {
    path: [
      [200, 223],
      [350, 223],
      [350, 483],
      [200, 483],
    ],
    label: [350, 300],
  },
  'approved/partially_refunded → approved/partially_refunded: partial refund': {
    path: [
      [200, 343],
      [226, 343],
      [226, 363],
      [200, 363],
    ],
    label: [236, 353],
    anchor: 'start',
  },
  'approved/partially_refunded → refunded/refunded: refund all that remains': {
    path: [
      [110, 376],
      [110, 460],
    ],
    label: [110, 418],
  },
};

// Moves that happen at Mercado Pago, not through reembolso: the payer pays, Mercado Pago
// approves, the collector captures a reserve. Drawn dashed, from the group of waiting states.
const AT_MERCADO_PAGO = {
  label: 'approved or captured, at Mercado Pago',
  path: [
    [60, 106],
    [60, 200],
  ] as readonly Point[],
  labelAt: [70, 178] as Point,
};
const GROUP = { at: [10, 14] as Point, width: 620, height: 92, label: 'not yet approved' };
const DEAD_ENDS_AT: Point = [401, 262];

const COLORS = {
  move: '#2563eb',
  mercadoPago: '#6b7280',
  outline: '#6b7280',
  text: '#111827',
  pill: '#ffffff',
  pillOutline: '#d1d5db',
  fill: { waiting: '#fef3c7', approved: '#dbeafe', final: '#e5e7eb' } satisfies Record<
    Kind,
    string
  >,
};

const xml = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

const keyOf = (t: Transition): string => `${t.from} → ${t.to}: ${t.action}`;

const labelOf = (t: Transition): string =>
  t.policies.length === policies.length
    ? t.action
    : `${t.action} (${t.policies.join(', ')} policy)`;

// A label on a white pill, so that it reads on light and dark pages alike.
const pill = ([x, y]: Point, text: string, anchor: 'middle' | 'start' = 'middle'): string => {
  const width = Math.round(text.length * 6.6 + 12);
  const left = anchor === 'middle' ? x - width / 2 : x - 6;
  return [
    `<rect x="${left}" y="${y - 9}" width="${width}" height="18" rx="9" fill="${COLORS.pill}" stroke="${COLORS.pillOutline}"/>`,
    `<text x="${anchor === 'middle' ? x : x}" y="${y + 4}" text-anchor="${anchor}" class="label">${xml(text)}</text>`,
  ].join('\n  ');
};

const polyline = (path: readonly Point[], color: string, dashed: boolean, marker: string) =>
  `<polyline points="${path.map(([x, y]) => `${x},${y}`).join(' ')}" fill="none" stroke="${color}" stroke-width="1.6"${dashed ? ' stroke-dasharray="6 4"' : ''} marker-end="url(#${marker})"/>`;

const node = (state: string): string => {
  const spec = NODES[state];
  if (!spec) throw new Error(`no place drawn for state ${state}`);
  const [x, y] = spec.at;
  const [status, detail] = state.split('/');
  const final = spec.kind === 'final';
  return [
    `<rect x="${x}" y="${y}" width="${BOX.width}" height="${BOX.height}" rx="6" fill="${COLORS.fill[spec.kind]}" stroke="${COLORS.outline}" stroke-width="${final ? 3 : 1.2}"${final ? ' stroke-opacity="0.9"' : ''}/>`,
    final
      ? `<rect x="${x + 3}" y="${y + 3}" width="${BOX.width - 6}" height="${BOX.height - 6}" rx="4" fill="none" stroke="${COLORS.pill}" stroke-width="1"/>`
      : '',
    `<text x="${x + BOX.width / 2}" y="${y + 20}" text-anchor="middle" class="status">${xml(status ?? '')}</text>`,
    `<text x="${x + BOX.width / 2}" y="${y + 36}" text-anchor="middle" class="detail">${xml(detail ?? '')}</text>`,
  ]
    .filter((line) => line !== '')
    .join('\n  ');
};

/** The SVG of docs/guide/payment-states.svg. Throws when the layout and the core's moves disagree. */
export const renderPaymentStatesSvg = (): string => {
  const moves = transitions();
  const drawn = new Set(Object.keys(ROUTES));
  const missing = moves.map(keyOf).filter((key) => !drawn.has(key));
  const stale = [...drawn].filter((key) => !moves.some((t) => keyOf(t) === key));
  if (missing.length > 0 || stale.length > 0) {
    throw new Error(
      `the layout does not match the core's moves: not drawn ${JSON.stringify(missing)}, no longer allowed ${JSON.stringify(stale)}`,
    );
  }
  const states = [...new Set(moves.flatMap((t) => [t.from, t.to]))];
  const ends = deadEnds();
  const codes = (action: 'refund' | 'cancel') =>
    [...new Set(ends.flatMap((end) => end[action]))].join(', ');
  const [dx, dy] = DEAD_ENDS_AT;
  const endLines = ends.map(
    (end, index) =>
      `<text x="${dx + 12}" y="${dy + 56 + index * 17}" class="detail">${xml(end.state)}</text>`,
  );
  const [gx, gy] = GROUP.at;
  const [lx, ly] = [dx, dy + 56 + ends.length * 17 + 14];
  const width = 640;
  const height = Math.max(ly + 60, 520);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="title desc">
  <title id="title">Payment states under refunds and cancellation</title>
  <desc id="desc">${xml(moves.map((t) => `${t.from} to ${t.to} by ${labelOf(t)}`).join('; '))}. No move from ${xml(ends.map((e) => e.state).join(', '))}.</desc>
  <!-- Generated by \`pnpm docs:states\` from the core's answers (docs/payment-transitions.ts): do not edit by hand. -->
  <style>
    text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; fill: ${COLORS.text}; }
    .status { font-size: 14px; font-weight: 600; }
    .detail { font-size: 12px; }
    .label { font-size: 12px; }
    .heading { font-size: 11px; font-weight: 600; }
  </style>
  <defs>
    <marker id="move" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${COLORS.move}"/></marker>
    <marker id="mercado-pago" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${COLORS.mercadoPago}"/></marker>
  </defs>
  <rect x="${gx}" y="${gy}" width="${GROUP.width}" height="${GROUP.height}" rx="10" fill="none" stroke="${COLORS.mercadoPago}" stroke-dasharray="6 4"/>
  ${pill([gx + 14, gy], GROUP.label, 'start')}
  ${polyline(AT_MERCADO_PAGO.path, COLORS.mercadoPago, true, 'mercado-pago')}
  ${pill(AT_MERCADO_PAGO.labelAt, AT_MERCADO_PAGO.label, 'start')}
  ${moves.map((t) => polyline(ROUTES[keyOf(t)]?.path ?? [], COLORS.move, false, 'move')).join('\n  ')}
  ${states.map(node).join('\n  ')}
  ${moves
    .map((t) => {
      const route = ROUTES[keyOf(t)];
      return route ? pill(route.label, labelOf(t), route.anchor) : '';
    })
    .join('\n  ')}
  <rect x="${dx}" y="${dy}" width="${SIDE_WIDTH}" height="${56 + ends.length * 17}" rx="6" fill="${COLORS.fill.final}" stroke="${COLORS.outline}"/>
  <text x="${dx + 12}" y="${dy + 20}" class="heading">no refund (${xml(codes('refund'))}), no cancel (${xml(codes('cancel'))})</text>
  <text x="${dx + 12}" y="${dy + 37}" class="detail">from these states:</text>
  ${endLines.join('\n  ')}
  <rect x="${lx}" y="${ly}" width="${SIDE_WIDTH}" height="48" rx="6" fill="${COLORS.pill}" stroke="${COLORS.pillOutline}"/>
  <line x1="${lx + 12}" y1="${ly + 16}" x2="${lx + 52}" y2="${ly + 16}" stroke="${COLORS.move}" stroke-width="1.6" marker-end="url(#move)"/>
  <text x="${lx + 62}" y="${ly + 20}" class="label">decided by reembolso</text>
  <line x1="${lx + 12}" y1="${ly + 34}" x2="${lx + 52}" y2="${ly + 34}" stroke="${COLORS.mercadoPago}" stroke-width="1.6" stroke-dasharray="6 4" marker-end="url(#mercado-pago)"/>
  <text x="${lx + 62}" y="${ly + 38}" class="label">happens at Mercado Pago</text>
</svg>
`;
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SVG_FILE, renderPaymentStatesSvg());
  console.log(`wrote ${SVG_FILE}`);
}

/** How the memory gateway numbers payments and refunds. */
export type IdsOption = 'random' | { readonly seed: number };

/** A source of Mercado Pago-like ids: 11-digit decimal strings, never repeated by one source. */
export interface IdSource {
  readonly next: () => string;
  readonly reset: () => void;
}

const MIN = 10_000_000_000;
const SPAN = 89_999_999_999;

/**
 * Ids from a seeded generator (mulberry32), so the same seed numbers the same run the same way
 * and users' snapshots stay stable; `'random'` seeds it from `Math.random`.
 */
export const createIdSource = (option: IdsOption = 'random'): IdSource => {
  const seed = option === 'random' ? Math.floor(Math.random() * 2 ** 32) : option.seed;
  let state = seed >>> 0;
  // Numbers, not their strings: cheaper to hash and to hold, one per id ever issued.
  const issued = new Set<number>();
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next: () => {
      for (;;) {
        const id = MIN + Math.floor(random() * SPAN);
        if (!issued.has(id)) {
          issued.add(id);
          return String(id);
        }
      }
    },
    reset: () => {
      state = seed >>> 0;
      issued.clear();
    },
  };
};

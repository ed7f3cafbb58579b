import { performance } from 'node:perf_hooks';

/** A figure: the median of repeated runs, with the spread kept for the reader. */
export interface Figure {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** Summarises repeated samples as their median, min and max. */
export const figureOf = (samples: readonly number[]): Figure => ({
  median: median(samples),
  min: Math.min(...samples),
  max: Math.max(...samples),
  runs: samples.length,
});

/**
 * Operations per second of `batch` (which performs `size` operations), measured `runs` times
 * after `warmup` unmeasured runs; the median is the figure.
 */
export const opsPerSecond = async (
  batch: () => unknown,
  size: number,
  { runs = 9, warmup = 2 }: { runs?: number; warmup?: number } = {},
): Promise<Figure> => {
  for (let i = 0; i < warmup; i += 1) await batch();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await batch();
    samples.push((size * 1000) / (performance.now() - start));
  }
  return figureOf(samples);
};

/**
 * Operations per second of each contender, measured in interleaved rounds (each round runs every
 * contender once, in a rotating order) so that warm-up, the machine's load and the server's own
 * warming fall on all of them alike. Every `batch` performs `size` operations.
 */
export const compareOpsPerSecond = async <K extends string>(
  contenders: Readonly<Record<K, () => unknown>>,
  size: number,
  { runs = 9, warmup = 2 }: { runs?: number; warmup?: number } = {},
): Promise<Record<K, Figure>> => {
  const names = Object.keys(contenders) as K[];
  const samples = new Map<K, number[]>(names.map((name) => [name, []]));
  for (let round = 0; round < warmup + runs; round += 1) {
    for (let i = 0; i < names.length; i += 1) {
      const name = names[(round + i) % names.length] as K;
      const start = performance.now();
      await contenders[name]();
      if (round >= warmup) samples.get(name)?.push((size * 1000) / (performance.now() - start));
    }
  }
  return Object.fromEntries(
    names.map((name) => [name, figureOf(samples.get(name) ?? [])]),
  ) as Record<K, Figure>;
};

/** `1 234 567` style, for tables. */
export const formatCount = (value: number): string =>
  Math.round(value).toLocaleString('en-US').replaceAll(',', ' ');

/** A ratio to two decimals, `0.87×`. */
export const formatRatio = (value: number): string => `${value.toFixed(2)}×`;

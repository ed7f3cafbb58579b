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

/** The samples of interleaved rounds: one per contender per measured round, in round order. */
export type RoundSamples<K extends string> = Readonly<Record<K, readonly number[]>>;

/**
 * Runs every contender once per round, in a rotating order, so that warm-up, the machine's load
 * and a server's own warming fall on all of them alike; `measure` answers one sample (a rate).
 * The first `warmup` rounds are not kept.
 */
export const interleave = async <K extends string>(
  contenders: Readonly<Record<K, () => Promise<number> | number>>,
  { rounds = 9, warmup = 2 }: { rounds?: number; warmup?: number } = {},
): Promise<RoundSamples<K>> => {
  const names = Object.keys(contenders) as K[];
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<
    K,
    number[]
  >;
  for (let round = 0; round < warmup + rounds; round += 1) {
    for (let i = 0; i < names.length; i += 1) {
      const name = names[(round + i) % names.length] as K;
      const sample = await contenders[name]();
      if (round >= warmup) samples[name].push(sample);
    }
  }
  return samples;
};

/** Operations per second of `batch`, which performs `size` operations. */
export const timed = (batch: () => unknown, size: number) => async (): Promise<number> => {
  const start = performance.now();
  await batch();
  return (size * 1000) / (performance.now() - start);
};

/**
 * Operations per second of `batch` (synchronous, `size` operations) in this process's CPU time
 * (user + system), not wall time: on a shared machine the time spent waiting for a core then
 * does not count. For in-process, CPU-bound work only.
 */
export const cpuTimed = (batch: () => void, size: number) => (): number => {
  const start = process.cpuUsage();
  batch();
  const used = process.cpuUsage(start);
  return (size * 1_000_000) / Math.max(used.user + used.system, 1);
};

/** The figure of each contender's samples. */
export const figuresOf = <K extends string>(samples: RoundSamples<K>): Record<K, Figure> =>
  Object.fromEntries(
    Object.entries(samples).map(([name, values]) => [name, figureOf(values as number[])]),
  ) as Record<K, Figure>;

/**
 * The ratio `of / to`, round by round (both measured in the same round), summarised: its median
 * is the comparison, its min and max say how steady it is.
 */
export const ratioOf = (of: readonly number[], to: readonly number[]): Figure =>
  figureOf(of.map((value, round) => value / (to[round] ?? Number.NaN)));

/** `1 234 567` style, for tables. */
export const formatCount = (value: number): string =>
  Math.round(value).toLocaleString('en-US').replaceAll(',', ' ');

/** A ratio to two decimals, `0.87×`. */
export const formatRatio = (value: number): string => `${value.toFixed(2)}×`;

/** `1 234 unit (min 1 100 – max 1 300, 9 runs)`. */
export const formatRate = (figure: Figure, unit: string): string =>
  `${formatCount(figure.median)} ${unit} (${formatCount(figure.min)}–${formatCount(figure.max)}, ${figure.runs} runs)`;

/** `0.87× (0.80–0.91)`. */
export const formatRatioFigure = (figure: Figure): string =>
  `${formatRatio(figure.median)} (${formatRatio(figure.min)}–${formatRatio(figure.max)})`;

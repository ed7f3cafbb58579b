/** One goal of the benchmark page: what is measured, today's figure, and whether it is met. */
export interface Goal {
  /** The path measured, as the table names it. */
  readonly path: string;
  /** Today's figure, formatted. */
  readonly today: string;
  /** The goal, in words. */
  readonly goal: string;
  readonly met: boolean;
  /** When missed: what stands in the way, measured. */
  readonly why?: string;
}

/** What one bench section gives the page: its markdown and its goals. */
export interface Section {
  readonly markdown: string;
  readonly goals: readonly Goal[];
}

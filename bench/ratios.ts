/**
 * The ratios each benchmark reports: `[numerator, denominator, label, target?]`, by suite name.
 * A ratio is mean time of the numerator over mean time of the denominator, both measured in the
 * same run (machines are noisy; absolute times mean little, ratios mean more).
 */
export interface RatioSpec {
  readonly over: string;
  readonly under: string;
  readonly label: string;
  /** The ratio the issue asks for, if any ("≤ 1.5" → 1.5). */
  readonly atMost?: number;
  /** For "≥ N x faster" targets: the ratio must be at least this. */
  readonly atLeast?: number;
}

export const RATIOS: { readonly [suite: string]: readonly RatioSpec[] } = {
  'store writes': [
    { over: 'store write @100k', under: 'store write @100', label: 'scaling: store write at 100k vs 100 records', atMost: 1.5 },
    { over: 'store write @10k', under: 'store write @100', label: 'scaling: store write at 10k vs 100 records', atMost: 1.5 },
    { over: 'baseline Map write @100k', under: 'baseline Map write @100', label: 'scaling of the bare Map baseline, 100k vs 100 (for comparison)' },
    { over: 'store write @100', under: 'baseline Map write @100', label: 'overhead: store vs bare Map at 100 records' },
    { over: 'store write @100k', under: 'baseline Map write @100k', label: 'overhead: store vs bare Map at 100k records' },
  ],
  'flat immer map (what we avoid)': [
    { over: 'flat immer write @10k', under: 'store write @10k', label: 'a flat immer map vs the Table store at 10k records' },
  ],
  'network connect/disconnect churn': [
    { over: 'churn @5000 endpoints', under: 'churn @50 endpoints', label: 'scaling: connect+disconnect on a network with 5,000 vs 50 endpoints', atMost: 1.5 },
  ],
  'container cycle': [
    { over: 'hello-world cycle (in-process)', under: 'bare mutable baseline cycle', label: 'overhead: hello-world create→start→exit→rm vs a bare mutable Map' },
  ],
  'container cycle scaling': [
    { over: 'cycle @10k others', under: 'cycle @10 others', label: 'scaling: a container cycle with 10k vs 10 other containers', atMost: 1.5 },
  ],
};

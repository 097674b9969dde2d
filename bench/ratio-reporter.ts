/**
 * A vitest bench reporter that prints the ratios declared in bench/ratios.ts after a run.
 */
import type { Reporter, TestModule } from 'vitest/node';
import { RATIOS } from './ratios.js';

interface TaskLike {
  readonly name: string;
  readonly type: string;
  readonly tasks?: readonly TaskLike[];
  readonly result?: { readonly benchmark?: { readonly mean: number } };
}

export default class RatioReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const lines: string[] = [];
    const visit = (task: TaskLike) => {
      const specs = task.type === 'suite' ? RATIOS[task.name] : undefined;
      if (specs) {
        const means = new Map<string, number>();
        for (const t of task.tasks ?? []) if (t.result?.benchmark) means.set(t.name, t.result.benchmark.mean);
        for (const spec of specs) {
          const over = means.get(spec.over);
          const under = means.get(spec.under);
          if (over === undefined || under === undefined) continue;
          const ratio = over / under;
          let verdict = '';
          if (spec.atMost !== undefined) verdict = ratio <= spec.atMost ? `  (target ≤ ${spec.atMost}: met)` : `  (target ≤ ${spec.atMost}: NOT met)`;
          if (spec.atLeast !== undefined) verdict = ratio >= spec.atLeast ? `  (target ≥ ${spec.atLeast}: met)` : `  (target ≥ ${spec.atLeast}: NOT met)`;
          lines.push(`  ${spec.label}: ${ratio.toFixed(2)}x${verdict}`);
        }
      }
      for (const child of task.tasks ?? []) visit(child);
    };
    // The runner task tree holds the benchmark results; TestModule does not type it.
    for (const module of modules) visit((module as unknown as { task: TaskLike }).task);
    if (lines.length > 0) console.log(`\nRatios (mean time over mean time, same run):\n${lines.join('\n')}\n`);
  }
}

/**
 * @module
 * The steps of a classic build and their numbering (moby `builder.go`): one step per global ARG,
 * per FROM and per instruction of the stages built, plus a LABEL step per `--label` (sorted, at
 * the end of the last stage). N is counted once, up front, so `Step i/N :` lines print each
 * step's source text as written. ONBUILD triggers run inside their FROM step, unnumbered.
 */
import type { ArgInstruction, Instruction, LabelInstruction, Stage } from '../instructions/types.js';
import type { DockerfileStages } from '../instructions/types.js';
import { classicStages } from './stages.js';

/** One numbered step. */
export type ClassicStep =
  | { readonly kind: 'meta-arg'; readonly number: number; readonly instruction: ArgInstruction }
  | { readonly kind: 'from'; readonly number: number; readonly stage: number }
  | { readonly kind: 'instruction'; readonly number: number; readonly stage: number; readonly instruction: Instruction };

/** A classic build, planned: what runs, in order, with `Step i/N` numbers. */
export interface ClassicPlan {
  /** The global ARGs. */
  readonly metaArgs: readonly ArgInstruction[];
  /** The stages built (up to the target), `--label` LABELs appended to the last one. */
  readonly stages: readonly Stage[];
  /** Every step, in order. */
  readonly steps: readonly ClassicStep[];
  /** N: the number of steps. */
  readonly total: number;
}

/** Options of a classic build plan. */
export interface ClassicPlanOptions {
  /** `--target`: build up to this stage. */
  readonly target?: string;
  /** `--label` values, added as LABEL steps (never variable-expanded). */
  readonly labels?: Readonly<Record<string, string>>;
}

/** The LABEL instruction moby makes for `--label key=value` (`LABEL key=value`). */
export function labelFromOption(key: string, value: string): LabelInstruction {
  return {
    instruction: 'LABEL',
    keyword: 'label',
    code: `LABEL ${key}=${value}`,
    line: 0,
    endLine: 0,
    comments: [],
    labels: [{ key, value, noDelim: false }],
    noExpand: true,
  };
}

/** Plans a classic build; throws `target stage "x" could not be found` before any step runs. */
export function planClassicBuild(df: DockerfileStages, options: ClassicPlanOptions = {}): ClassicPlan {
  const chosen = [...classicStages(df, options.target)];
  const labels = Object.keys(options.labels ?? {})
    .sort()
    .map((k) => labelFromOption(k, options.labels![k]!));
  if (labels.length > 0 && chosen.length > 0) {
    const last = chosen[chosen.length - 1]!;
    chosen[chosen.length - 1] = { ...last, commands: [...last.commands, ...labels] };
  }
  const steps: ClassicStep[] = [];
  let n = 0;
  for (const instruction of df.metaArgs) steps.push({ kind: 'meta-arg', number: ++n, instruction });
  chosen.forEach((stage, i) => {
    steps.push({ kind: 'from', number: ++n, stage: i });
    for (const instruction of stage.commands) steps.push({ kind: 'instruction', number: ++n, stage: i, instruction });
  });
  return { metaArgs: df.metaArgs, stages: chosen, steps, total: n };
}

/** The source text a step prints: the instruction (or FROM line) as written, trimmed. */
export function stepText(plan: ClassicPlan, step: ClassicStep): string {
  if (step.kind === 'from') return plan.stages[step.stage]!.code;
  return step.instruction.code;
}

/** `Step i/N : <text>` (moby's `stepFormat`), without the newline. */
export function stepLine(number: number, total: number, text: string): string {
  return `Step ${number}/${total} : ${text}`;
}

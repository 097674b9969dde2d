/**
 * @module
 * A structured view of a build's progress for UIs: every step with its status (pending, running,
 * cached, done, failed), its classic `Step i/N` number and text, and its BuildKit-style vertex
 * name when it has one — the `[2/5] CACHED` picture of BuildKit's output, for either builder.
 * Pure data: the builder produces the next view with {@link updateStep}.
 */
import type { Instruction } from '../instructions/types.js';
import type { ClassicPlan } from './steps.js';
import { stepText } from './steps.js';
import { hasVertex, stageVertices, uppercaseCmd, vertexName } from './vertex.js';

/** Where a step stands. */
export type StepStatus = 'pending' | 'running' | 'cached' | 'done' | 'failed';

/** One step of a build, for display. */
export interface ProgressStep {
  /** The classic step number (1-based). */
  readonly number: number;
  /** The number of steps. */
  readonly total: number;
  /** The step's text as written (`WORKDIR /app`). */
  readonly text: string;
  /** The stage index (-1 for a global ARG). */
  readonly stage: number;
  /** The BuildKit-style name (`[build 2/4] WORKDIR /app`), when the step has a vertex. */
  readonly vertex?: string;
  /** Where it stands. */
  readonly status: StepStatus;
  /** Virtual time it started and ended, in ms. */
  readonly started?: number;
  /** Virtual time it ended, in ms. */
  readonly completed?: number;
}

/** All steps of a planned classic build, pending. */
export function progressFromPlan(plan: ClassicPlan): ProgressStep[] {
  const vertices = stageVertices(plan.stages);
  const counters = plan.stages.map(() => 0);
  return plan.steps.map((step) => {
    const base = { number: step.number, total: plan.total, text: stepText(plan, step), status: 'pending' as const };
    if (step.kind === 'meta-arg') return { ...base, stage: -1 };
    const v = vertices[step.stage]!;
    const counted = step.kind === 'from' ? v.fromVertex : hasVertex(step.instruction as Instruction);
    if (!counted) return { ...base, stage: step.stage };
    counters[step.stage]! += 1;
    // Before variables are known, the vertex shows the text as written (FROM: the base name only).
    const text = step.kind === 'from' ? `FROM ${plan.stages[step.stage]!.baseName}` : uppercaseCmd(base.text);
    return { ...base, stage: step.stage, vertex: vertexName(v, counters[step.stage]!, text) };
  });
}

/** The steps with step `number` moved to `status` at virtual time `now`. */
export function updateStep(steps: readonly ProgressStep[], number: number, status: StepStatus, now: number): ProgressStep[] {
  return steps.map((s) => {
    if (s.number !== number) return s;
    if (status === 'running') return { ...s, status, started: now };
    return { ...s, status, started: s.started ?? now, completed: now };
  });
}

/**
 * @module
 * Which stages a build runs and where each stage and `COPY --from` gets its files (moby
 * `builder.go`/`evaluator.go` for the classic builder, BuildKit `dockerfile2llb` for comparison).
 * The classic builder runs every stage up to the target, in order, and resolves names against
 * the stages already built; BuildKit runs only the stages the target needs.
 * See https://docs.docker.com/build/building/multi-stage/.
 */
import { baseNameBlank, invalidFromFlag, stageNameAlreadyUsed, targetStageNotFound } from '../../core/messages/index.js';
import { withSuggestion } from '../go/suggest.js';
import { findStage } from '../instructions/stages.js';
import type { DockerfileStages, Stage } from '../instructions/types.js';
import type { Env } from '../shell/env.js';
import type { ShellLex } from '../shell/lex.js';

/** The stages to build, in order, ending with the target (classic: every stage up to it). */
export function classicStages(df: DockerfileStages, target?: string): readonly Stage[] {
  if (target === undefined || target === '') return df.stages;
  const at = findStage(df.stages, target);
  if (at < 0) throw targetStageNotFound(target);
  return df.stages.slice(0, at + 1);
}

/** A stage built before, as later FROM and COPY --from lines can refer to it. */
export interface BuiltStage {
  /** Its name, lower-cased (`""` if unnamed). */
  readonly name: string;
  /** The image it produced. */
  readonly imageId: string;
}

/** Throws `<name> stage name already used` when a stage reuses a built stage's name. */
export function checkStageName(built: readonly BuiltStage[], name: string): void {
  if (name !== '' && built.some((b) => b.name === name.toLowerCase())) throw stageNameAlreadyUsed(name);
}

/** Where a stage (FROM) or `COPY --from` takes its files. */
export type FileSource =
  | { readonly kind: 'stage'; readonly index: number; readonly imageId: string }
  | { readonly kind: 'image'; readonly ref: string }
  | { readonly kind: 'scratch' };

/**
 * The base of a classic stage: FROM expanded with the global ARGs (throws `base name (x)
 * should not be blank` when that leaves nothing), then a built stage's name, `scratch`, or an
 * image to use (pulled when missing).
 */
export function resolveFrom(stage: Stage, built: readonly BuiltStage[], lex: ShellLex, metaEnv: Env): FileSource {
  const name = lex.processWord(stage.baseName, metaEnv);
  if (name === '') throw baseNameBlank(stage.baseName);
  const index = built.findIndex((b) => b.name !== '' && b.name === name.toLowerCase());
  if (index >= 0) return { kind: 'stage', index, imageId: built[index]!.imageId };
  if (name === 'scratch') return { kind: 'scratch' };
  return { kind: 'image', ref: name };
}

/**
 * The source of a classic `COPY --from=x` (not variable-expanded): a built stage by name, a
 * built stage by index (`invalid from flag value 1: refers to current build stage`, `… index out
 * of bounds`), or else an image reference.
 */
export function resolveCopyFrom(from: string, built: readonly BuiltStage[]): FileSource {
  const byName = built.findIndex((b) => b.name !== '' && b.name === from.toLowerCase());
  if (byName >= 0) return { kind: 'stage', index: byName, imageId: built[byName]!.imageId };
  // Go's strconv.ParseInt: an optional sign and decimal digits.
  if (!/^[+-]?\d+$/.test(from)) return { kind: 'image', ref: from };
  const index = Number(from);
  if (index === built.length) throw invalidFromFlag(from, 'refers to current build stage');
  if (index < 0 || index > built.length) throw invalidFromFlag(from, 'index out of bounds');
  return { kind: 'stage', index, imageId: built[index]!.imageId };
}

/** The stages BuildKit would build for `target` (the last stage by default): those it depends on. */
export function buildkitStages(df: DockerfileStages, target?: string): readonly Stage[] {
  const stages = df.stages;
  let targetIndex = stages.length - 1;
  if (target !== undefined && target !== '') {
    targetIndex = findStage(stages, target);
    if (targetIndex < 0) {
      const names = stages.map((s) => s.name).filter((n) => n !== '');
      throw targetStageNotFound(target, withSuggestion('', target, names, true));
    }
  }
  const byName = new Map<string, number>();
  stages.forEach((s, i) => s.name !== '' && byName.set(s.name, i));
  const deps = (i: number): number[] => {
    const s = stages[i]!;
    // FROM refers to an earlier stage by its exact (lower-case) name.
    const base = stages.findIndex((o, j) => j < i && o.name !== '' && o.name === s.baseName);
    const out = base >= 0 ? [base] : [];
    for (const c of s.commands) {
      const from = c.instruction === 'COPY' ? [c.from] : c.instruction === 'RUN' ? c.mounts.map((m) => m.from) : [];
      for (const f of from) {
        if (f === '') continue;
        const n = /^\d+$/.test(f) ? Number(f) : byName.get(f.toLowerCase());
        if (n !== undefined && n < stages.length) out.push(n);
      }
    }
    return out;
  };
  const reachable = new Set<number>();
  const visit = (i: number) => {
    if (reachable.has(i)) return;
    reachable.add(i);
    deps(i).forEach(visit);
  };
  visit(targetIndex);
  return stages.filter((_, i) => reachable.has(i));
}

/**
 * @module
 * The classic builder's main loop (moby `Builder.build`, `dispatchDockerfileWithCancellation`,
 * `initializeStage`, `backend.Build`): parse, plan (`--target` errors before any output), then
 * `Step i/N :` for each global ARG, FROM and instruction — FROM resolves a built stage, scratch
 * or an image (pulled when missing or `--pull`) and runs the base's ONBUILD triggers — ` ---> <id>`
 * after each step, the stage's image id as `aux`, the unused build-arg warning, `Successfully
 * built`, and `Successfully tagged` per `-t` (the previous holder of a tag becomes dangling).
 */
import { buildTagDigest, noImageGenerated } from '../../core/messages/index.js';
import { parseTimestamp } from '../../core/time.js';
import type { JsonMessage } from '../../image/json-message.js';
import type { ImageRecord } from '../../image/records.js';
import { familiarString, formatReference, tagNameOnly } from '../../reference/format.js';
import { parseNormalizedNamed, type Reference } from '../../reference/parse.js';
import type { DirectoryNode } from '../../fs/node.js';
import type { ParseWarning } from '../dockerfile/node.js';
import { parseDockerfile } from '../dockerfile/parser.js';
import { parseOnbuildTrigger } from '../instructions/onbuild.js';
import { parseStages } from '../instructions/stages.js';
import { BuildArgs } from '../plan/build-args.js';
import { legacy } from '../plan/legacy-stream.js';
import { progressFromPlan, updateStep, type ProgressStep, type StepStatus } from '../plan/progress.js';
import { beginStageConfig } from '../plan/run-config.js';
import { checkStageName, resolveFrom } from '../plan/stages.js';
import { planClassicBuild, stepText, type ClassicPlan, type ClassicStep } from '../plan/steps.js';
import { envFromRecord } from '../shell/env.js';
import { ShellLex } from '../shell/lex.js';
import { getBaseImage } from './base-image.js';
import { openContext, type BuildContext } from './context.js';
import type { ClassicBuildOptions, ClassicBuildResult } from './options.js';
import type { BuildServices, BuildSession, StageRun } from './session.js';
import { runConfigOf } from './step-config.js';
import { dispatchStep } from './steps.js';

/** A build checked and planned, ready to run (every error before the first output is thrown here). */
export interface PreparedBuild {
  readonly plan: ClassicPlan;
  readonly context: BuildContext;
  readonly lex: ShellLex;
  readonly warnings: readonly ParseWarning[];
  /** `-t` references, deduplicated, tagged (`:latest` added). */
  readonly tags: readonly Reference[];
}

/** Reads the context, parses and plans: throws Docker's error for a bad tag, Dockerfile or target. */
export function prepareBuild(tree: DirectoryNode, options: ClassicBuildOptions): PreparedBuild {
  const tags: Reference[] = [];
  for (const t of options.tags ?? []) {
    if (t === '') continue;
    const ref = parseNormalizedNamed(t);
    if (ref.digest) throw buildTagDigest();
    const tagged = tagNameOnly(ref);
    if (!tags.some((r) => formatReference(r) === formatReference(tagged))) tags.push(tagged);
  }
  const opened = openContext(tree, options.dockerfile);
  const parsed = parseDockerfile(opened.dockerfile, { name: opened.dockerfileName });
  const stages = parseStages(parsed);
  const plan = planClassicBuild(stages, { ...(options.target ? { target: options.target } : {}), ...(options.labels ? { labels: options.labels } : {}) });
  return { plan, context: opened.context, lex: new ShellLex(stages.escapeToken), warnings: parsed.warnings, tags };
}

/** Observes a build's progress (for UIs): every step with its status after each change. */
export type ProgressListener = (steps: readonly ProgressStep[]) => void;

const SECOND = 1000;

/** The source date of a stage: the option, the `SOURCE_DATE_EPOCH` arg, or the base's creation time. */
function sourceDateOf(options: ClassicBuildOptions, baseCreated: string | undefined): number {
  if (options.sourceDate !== undefined) return options.sourceDate;
  const epoch = options.buildArgs?.['SOURCE_DATE_EPOCH'];
  if (epoch && /^\d+$/.test(epoch)) return Number(epoch) * SECOND;
  return baseCreated ? (parseTimestamp(baseCreated) ?? 0) : 0;
}

/** Runs a prepared classic build, writing its JSON messages to `out`. */
export async function runClassicBuild(
  services: BuildServices,
  prepared: PreparedBuild,
  options: ClassicBuildOptions,
  out: (m: JsonMessage) => void,
  onProgress?: ProgressListener,
): Promise<ClassicBuildResult> {
  const { plan, lex } = prepared;
  let progress = progressFromPlan(plan);
  const mark = (step: ClassicStep, status: StepStatus) => {
    progress = updateStep(progress, step.number, status, services.now());
    onProgress?.(progress);
  };
  onProgress?.(progress);
  const session: BuildSession = { services, options, context: prepared.context, lex, built: [], out };
  for (const m of legacy.parseWarnings(prepared.warnings.map((w) => w.short))) out(m);
  let args = BuildArgs.of(options.buildArgs ?? {});
  let stage: StageRun | undefined;
  let stageIndex = -1;
  const finishStage = (run: StageRun) => {
    out(legacy.aux(run.imageId));
    args = args.mergeReferenced(run.state.args);
    session.built.push({ name: plan.stages[stageIndex]!.name, imageId: run.imageId });
  };
  for (const step of plan.steps) {
    // moby emits a stage's image id before the next stage's first line.
    if (step.kind === 'from' && stage) finishStage(stage);
    out(legacy.step(step.number, plan.total, stepText(plan, step)));
    mark(step, 'running');
    let cached = false;
    try {
      if (step.kind === 'meta-arg') {
        const env = envFromRecord(Object.fromEntries(args.allowedValues()));
        for (const a of step.instruction.args) {
          const value = a.value === undefined ? undefined : lex.processWord(a.value, env);
          args = args.addArg(a.key, value).addMetaArg(a.key, value);
        }
      } else if (step.kind === 'from') {
        stageIndex = step.stage;
        stage = await beginStage(session, plan, stageIndex, args);
      } else {
        cached = await dispatchStep(session, stage!, step.instruction);
      }
    } catch (error) {
      mark(step, 'failed');
      throw error;
    }
    if (step.kind !== 'meta-arg') out(legacy.imageId(stage!.imageId));
    mark(step, cached ? 'cached' : 'done');
  }
  if (stage) finishStage(stage);
  const unused = args.unusedBuildArgs();
  if (unused.length > 0) out(legacy.unusedBuildArgs(unused));
  const imageId = stage?.imageId ?? '';
  if (imageId === '') throw noImageGenerated();
  out(legacy.successfullyBuilt(imageId));
  const tags: string[] = [];
  for (const ref of prepared.tags) {
    services.images.tag(imageId, formatReference(ref));
    tags.push(formatReference(ref));
    out(legacy.successfullyTagged(familiarString(ref)));
  }
  return { imageId, tags, stages: session.built };
}

/** FROM: the base (stage, scratch, or an image), the stage's first config, its ONBUILD triggers. */
async function beginStage(session: BuildSession, plan: ClassicPlan, index: number, args: BuildArgs): Promise<StageRun> {
  const s = plan.stages[index]!;
  checkStageName(session.built, s.name);
  const { lex, options, services } = session;
  const source = resolveFrom(s, session.built, lex, envFromRecord(Object.fromEntries(args.metaValues())));
  const platform = s.platform !== '' ? lex.processWord(s.platform, envFromRecord(Object.fromEntries(args.metaValues()))) : options.platform;
  let base: ImageRecord | undefined;
  if (source.kind === 'stage') base = services.images.get(source.imageId);
  else if (source.kind === 'image') {
    const env = { images: services.images, distribution: services.distribution, out: session.out, ...(options.authConfigs ? { authConfigs: options.authConfigs } : {}) };
    base = await getBaseImage(env, source.ref, { forcePull: options.pull ?? false, ...(platform ? { platform } : {}) });
  }
  const imageId = base?.id ?? '';
  const stageArgs = args.forNewStage();
  const config = beginStageConfig(runConfigOf(base?.config.config), imageId);
  const stage: StageRun = {
    state: { config: { ...config, OnBuild: null }, args: stageArgs, maintainer: '', cmdSet: false },
    imageId,
    cacheBusted: false,
    sourceDate: sourceDateOf(options, base?.config.created),
  };
  const triggers = config.OnBuild ?? [];
  if (triggers.length > 0) {
    session.out(legacy.executingTriggers(triggers.length));
    for (const trigger of triggers) await dispatchStep(session, stage, parseOnbuildTrigger(trigger));
  }
  return stage;
}

/**
 * @module
 * The classic builder's dispatchers with their side effects (moby `dispatchers.go`,
 * `internals.go`): each step expands its variables, asks the cache (` ---> Using cache`), and on
 * a miss commits a new image — metadata steps and WORKDIR through a created (never started)
 * container, RUN through a container that runs the command, COPY/ADD by writing a layer directly.
 */
import { addDownloadFailed } from '../../core/messages/index.js';
import { directoryNode, type DirectoryNode } from '../../fs/node.js';
import { copyComment, nopCommandString } from '../plan/history.js';
import { applyMetadata, checkClassicCopy, expansionEnv, planRun, type MetadataInstruction } from '../plan/dispatch.js';
import { legacy } from '../plan/legacy-stream.js';
import { resolveCopyFrom } from '../plan/stages.js';
import type { RunConfig } from '../plan/run-config.js';
import { expandInstruction } from '../instructions/expand.js';
import type { AddInstruction, CopyInstruction, Instruction, RunInstruction, WorkdirInstruction } from '../instructions/types.js';
import { indexSources, resolveCopySources, type ResolvedSources, type ResolveOptions, type SourceIndex } from '../context/sources.js';
import { normalizeCopyDest } from '../context/destination.js';
import { getBaseImage } from './base-image.js';
import { probeCache } from './cache.js';
import { resolveChown } from './chown.js';
import { commitStep } from './commit-step.js';
import { listTree } from './context.js';
import { copyLayer, type CopyOrigin } from './copy.js';
import { StepFailedError, type BuildSession, type StageRun } from './session.js';
import { createStepContainer, removeStepContainer, runStepContainer } from './step-container.js';

/** Probes the cache unless busted or disabled; on a hit moves to the cached image. */
function hit(session: BuildSession, stage: StageRun, config: RunConfig): boolean {
  if (session.options.noCache || stage.cacheBusted) return false;
  const cached = probeCache(session.services.images.store, stage.imageId, config);
  if (!cached) {
    stage.cacheBusted = true;
    return false;
  }
  session.out(legacy.usingCache());
  stage.imageId = cached.id;
  return true;
}

/** The image's root filesystem (empty for scratch). */
function rootOf(session: BuildSession, imageId: string): DirectoryNode {
  if (imageId === '') return directoryNode();
  const images = session.services.images;
  return images.rootfs(images.get(imageId));
}

/** Commits a created container's writable layer as the step's image, then removes it (`--rm`). */
async function commitContainer(session: BuildSession, stage: StageRun, id: string, containerConfig: RunConfig, config: RunConfig): Promise<void> {
  const { containers, images, now } = session.services;
  const record = containers.runtime.record(id);
  const layer = record ? containers.runtime.filesystems.upper(record) : undefined;
  const image = commitStep(images, {
    parentId: stage.imageId,
    ...(layer ? { layer } : {}),
    config,
    containerConfig,
    containerId: id,
    author: stage.state.maintainer,
    created: now(),
    sourceDate: stage.sourceDate,
  });
  stage.imageId = image.id;
  if (session.options.rm ?? true) await removeStepContainer(containers, id, session.out);
}

async function metadata(session: BuildSession, stage: StageRun, instruction: MetadataInstruction): Promise<boolean> {
  const step = applyMetadata(stage.state, instruction, session.lex);
  for (const note of step.notes) session.out(legacy.note(note));
  const containerConfig: RunConfig = { ...step.state.config, Cmd: step.command, Image: stage.imageId };
  stage.state = step.state;
  if (hit(session, stage, containerConfig)) return true;
  const id = createStepContainer(session.services.containers, containerConfig, stage.imageId, session.out);
  if (instruction.instruction === 'WORKDIR') {
    // moby `ContainerCreateWorkdir`: the directory is made (root-owned, 0755) in the container.
    const { runtime } = session.services.containers;
    runtime.filesystems.open(runtime.record(id)!).mkdir(step.state.config.WorkingDir, { recursive: true, mode: 0o755 });
  }
  await commitContainer(session, stage, id, containerConfig, step.state.config);
  return false;
}

async function run(session: BuildSession, stage: StageRun, instruction: RunInstruction): Promise<boolean> {
  const plan = planRun(stage.state, instruction, { buildKitFlags: session.options.buildKitFlags ?? 'error' });
  for (const flag of plan.ignoredFlags) session.out(legacy.flagNotSimulated(flag));
  const cacheConfig: RunConfig = { ...plan.cacheConfig, Image: stage.imageId };
  if (hit(session, stage, cacheConfig)) return true;
  const { containers } = session.services;
  const id = createStepContainer(containers, { ...plan.containerConfig, Image: stage.imageId }, stage.imageId, session.out);
  const code = await runStepContainer(containers, id, session.out);
  if (code !== 0) {
    if (session.options.forceRm) await removeStepContainer(containers, id, session.out);
    throw new StepFailedError(plan.failure(code), code);
  }
  await commitContainer(session, stage, id, cacheConfig, stage.state.config);
  return false;
}

const resolvedSources = new WeakMap<SourceIndex, Map<string, ResolvedSources>>();

/** {@link resolveCopySources}, remembered per index (indexes are immutable; errors are not kept). */
function resolveCached(index: SourceIndex, sources: readonly string[], dest: string, options: ResolveOptions): ResolvedSources {
  let byKey = resolvedSources.get(index);
  if (!byKey) resolvedSources.set(index, (byKey = new Map()));
  const key = JSON.stringify([sources, dest, options.instruction, options.origin]);
  let resolved = byKey.get(key);
  if (!resolved) byKey.set(key, (resolved = resolveCopySources(index, sources, dest, options)));
  return resolved;
}

/** Where `COPY --from` reads: a built stage's image, or an image (pulled when missing). */
async function copyOrigin(session: BuildSession, from: string): Promise<CopyOrigin> {
  if (from === '') return session.context;
  const source = resolveCopyFrom(from, session.built);
  const { images, distribution } = session.services;
  let imageId: string;
  if (source.kind === 'stage') imageId = source.imageId;
  else {
    const env = { images, distribution, out: session.out, ...(session.options.authConfigs ? { authConfigs: session.options.authConfigs } : {}) };
    imageId = (await getBaseImage(env, from, { forcePull: false, ...(session.options.platform ? { platform: session.options.platform } : {}) })).id;
  }
  const tree = rootOf(session, imageId);
  return { tree, index: indexSources(listTree(tree, true)) };
}

async function copy(session: BuildSession, stage: StageRun, instruction: CopyInstruction | AddInstruction): Promise<boolean> {
  checkClassicCopy(instruction);
  const from = instruction.instruction === 'COPY' ? instruction.from : '';
  const origin = await copyOrigin(session, from);
  const name = instruction.instruction;
  const resolved = resolveCached(origin.index, instruction.sources, instruction.dest, { instruction: name, origin: from === '' ? 'context' : 'image' });
  const url = resolved.sources.find((s) => s.kind === 'url');
  // dockersim's daemon reaches no network outside the world: a download fails as for an unknown host.
  if (url) throw addDownloadFailed(url.path, new URL(url.path).hostname);
  const comment = copyComment(name, instruction.chown, resolved.hash, instruction.dest);
  const config = stage.state.config;
  const containerConfig: RunConfig = { ...config, Cmd: nopCommandString(config, comment), Image: stage.imageId };
  if (hit(session, stage, containerConfig)) return true;
  const lower = rootOf(session, stage.imageId);
  const identity = instruction.chown !== '' ? resolveChown(lower, instruction.chown) : from !== '' ? undefined : { uid: 0, gid: 0 };
  const layer = copyLayer({
    lower,
    origin,
    sources: resolved.sources,
    dest: normalizeCopyDest(config.WorkingDir, instruction.dest),
    ...(identity ? { identity } : {}),
    decompress: name === 'ADD',
    now: session.services.now(),
  });
  const image = commitStep(session.services.images, {
    parentId: stage.imageId,
    layer,
    config,
    containerConfig,
    author: stage.state.maintainer,
    created: session.services.now(),
    sourceDate: stage.sourceDate,
  });
  stage.imageId = image.id;
  return false;
}

/** Runs one instruction of a stage (variables expanded first, as moby's `dispatch` does); true on a cache hit. */
export async function dispatchStep(session: BuildSession, stage: StageRun, instruction: Instruction): Promise<boolean> {
  const env = expansionEnv(stage.state);
  const expanded = expandInstruction(instruction, (word) => session.lex.processWord(word, env));
  switch (expanded.instruction) {
    case 'RUN':
      return run(session, stage, expanded);
    case 'COPY':
    case 'ADD':
      return copy(session, stage, expanded);
    default:
      return metadata(session, stage, expanded as MetadataInstruction | WorkdirInstruction);
  }
}

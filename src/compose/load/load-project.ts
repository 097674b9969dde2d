/**
 * @module
 * `loadProject`: what `docker compose` does before any command — find the files (`-f`,
 * `COMPOSE_FILE`, discovery), build the environment (`.env`, `--env-file`), name the project,
 * merge and interpolate the files, validate, normalize and check the model, apply profiles and
 * service selection, resolve each service's environment — and the frozen project it yields.
 * `loadModel` stops at the normalized model, as `config --no-interpolate` prints it.
 * Browser-safe: files come from the caller's reader. See https://docs.docker.com/compose/.
 */
import { emptyComposeFile, projectNameEmpty } from '../../core/messages/compose.js';
import type { Json } from '../../core/serialize.js';
import { cloneJson, type Dict } from './dict.js';
import { type LoadContext, openProject } from './load-context.js';
import type { LoadedProject, LoadProjectOptions } from './load-options.js';
import { modelFromFiles } from './model-from-files.js';
import { normalizeModel } from './normalize.js';
import { bindProject } from './project-from-model.js';

export type { LoadedProject, LoadProjectOptions } from './load-options.js';

function model(ctx: LoadContext, options: LoadProjectOptions): Dict {
  const merged = modelFromFiles(ctx.files, { env: ctx.env, interpolate: options.interpolate ?? true, workingDir: ctx.workingDir, home: ctx.env.get('HOME'), reader: ctx.reader, warn: ctx.warn });
  if (Object.keys(merged).length === 0) throw emptyComposeFile();
  if (ctx.name === '') throw projectNameEmpty();
  return normalizeModel(merged, ctx.name, ctx.env);
}

/** The merged, normalized model as plain data (compose-go `LoadModel`), before profiles and checks. */
export function loadModel(options: LoadProjectOptions): { readonly model: Json; readonly warnings: readonly string[] } {
  const ctx = openProject(options);
  return { model: cloneJson(model(ctx, options)), warnings: ctx.warnings };
}

/** Loads a compose project as `docker compose` would. Throws compose's errors as {@link DockerError}s. */
export function loadProject(options: LoadProjectOptions): LoadedProject {
  const ctx = openProject(options);
  const normalized = model(ctx, options);
  const profiles = (options.profiles !== undefined && options.profiles.length > 0 ? options.profiles : (ctx.env.get('COMPOSE_PROFILES') ?? '').split(',').map((p) => p.trim())).filter((p) => p !== '');
  const project = bindProject(normalized, {
    workingDir: ctx.workingDir,
    composeFiles: ctx.paths,
    environment: ctx.env,
    profiles,
    services: options.services ?? [],
    consistency: options.consistency ?? true,
    resolveEnvironment: (options.resolveEnvironment ?? true) ? ctx.reader : undefined,
    allResources: options.allResources ?? false,
  });
  return { project, warnings: ctx.warnings };
}

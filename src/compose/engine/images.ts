/**
 * @module
 * The images a project runs (docker/compose `ensureImagesExists`, `pull`, `build`, `push`):
 * missing images are pulled (` mysql Pulling` → ` mysql Pulled`, with a child event per layer)
 * or built for services with `build:` (` Service web  Building` → `Built`, the classic builder's
 * log on stdout), per `pull_policy`. The image ids found end up in each container's
 * `com.docker.compose.image` label, so a new image recreates the containers that ran the old one.
 */
import { isDockerError } from '../../core/errors.js';
import type { JsonMessage } from '../../image/json-message.js';
import type { ComposeProject } from '../model/project.js';
import type { ComposeService } from '../model/service.js';
import { serviceImageName } from '../naming.js';
import { progressEvent, type ProgressWriter } from './progress.js';
import type { ComposeSession } from './session.js';

/** A build context as files (path relative to the context → content), what `imageBuild` takes. */
export type BuildContextFiles = { readonly files: { readonly [path: string]: string | Uint8Array } };

/** Reads a service's build context directory (absolute) into files; the CLI reads the host's disk. */
export type BuildContextReader = (dir: string) => BuildContextFiles;

/** The build operation of clients that have it (the classic builder's `POST /build`). */
interface BuildCapable {
  imageBuild(
    context: BuildContextFiles,
    params?: {
      readonly dockerfile?: string;
      readonly tags?: readonly string[];
      readonly buildArgs?: Readonly<Record<string, string | null>>;
      readonly target?: string;
      readonly labels?: Readonly<Record<string, string>>;
      readonly noCache?: boolean;
      readonly pull?: boolean;
    },
  ): AsyncIterable<JsonMessage>;
}

/** Options of image preparation. */
export interface ImageOptions {
  /** `--build`: build every service with `build:` first. */
  readonly build?: boolean;
  /** `--no-build`: never build. */
  readonly noBuild?: boolean;
  /** `--pull always|missing|never` for `up`/`create`. */
  readonly pull?: string;
  /** `--quiet-pull`. */
  readonly quietPull?: boolean;
  readonly buildContext?: BuildContextReader;
}

/** The image id of a reference, or undefined when absent. */
export async function imageId(session: ComposeSession, ref: string): Promise<string | undefined> {
  try {
    return (await session.client.imageInspect(ref)).Id;
  } catch (e) {
    if (isDockerError(e, 'NotFound')) return undefined;
    throw e;
  }
}

const pullPhaseDone = new Set(['Download complete', 'Already exists', 'Pull complete']);

/** Pulls one image with Compose's events (`service Pulling` … `service Pulled`). */
export async function pullImage(session: ComposeSession, service: ComposeService, image: string, w: ProgressWriter, quiet = false): Promise<void> {
  const parent = service.name;
  w.event({ id: parent, status: 'working', statusText: '', text: 'Pulling' });
  const at = image.lastIndexOf(':');
  const slash = image.lastIndexOf('/');
  const [fromImage, tag] = at > slash ? [image.slice(0, at), image.slice(at + 1)] : [image, 'latest'];
  try {
    for await (const m of session.client.imagePull({ fromImage, tag })) {
      if (m.errorDetail) throw new Error(m.errorDetail.message);
      if (quiet || m.id === undefined || m.progressDetail === undefined) continue;
      w.event({ id: m.id, parentId: parent, status: pullPhaseDone.has(m.status ?? '') ? 'done' : 'working', statusText: '', text: m.status ?? '' });
    }
  } catch (e) {
    w.event({ id: parent, status: 'error', statusText: e instanceof Error ? e.message : String(e), text: 'Error' });
    throw e;
  }
  w.event({ id: parent, status: 'done', statusText: '', text: 'Pulled' });
}

/** Builds one service's image with the client's builder; returns the image id. */
export async function buildImage(session: ComposeSession, project: ComposeProject, service: ComposeService, w: ProgressWriter, options: ImageOptions & { readonly noCache?: boolean; readonly pullBase?: boolean } = {}): Promise<string> {
  const build = service.build!;
  const tag = serviceImageName(project.name, service);
  const id = `Service ${service.name}`;
  const builder = (session.client as Partial<BuildCapable>).imageBuild?.bind(session.client);
  if (!builder || !options.buildContext) throw new Error(`service "${service.name}" can't be built: no builder available`);
  w.event(progressEvent(id, 'working', 'Building'));
  const context = options.buildContext(build.context);
  let imageIdFound: string | undefined;
  try {
    for await (const m of builder(context, {
      ...(build.dockerfile ? { dockerfile: build.dockerfile } : {}),
      tags: [tag, ...(build.tags ?? [])],
      ...(build.args ? { buildArgs: build.args } : {}),
      ...(build.target ? { target: build.target } : {}),
      ...(build.labels ? { labels: build.labels } : {}),
      ...(options.noCache || build.no_cache ? { noCache: true } : {}),
      ...(options.pullBase || build.pull ? { pull: true } : {}),
    })) {
      if (m.errorDetail) throw new Error(m.errorDetail.message);
      if (m.stream !== undefined) session.out.write(m.stream);
      const aux = m.aux as { ID?: string } | undefined;
      if (aux?.ID) imageIdFound = aux.ID;
    }
  } catch (e) {
    w.event(progressEvent(id, 'error', 'Error'));
    throw e;
  }
  w.event(progressEvent(id, 'done', 'Built'));
  return imageIdFound ?? (await imageId(session, tag)) ?? '';
}

/**
 * Makes sure every service's image exists (Compose `ensureImagesExists`): builds what must be
 * built, pulls what is missing (once per image), and returns the image id per service.
 */
export async function ensureImages(session: ComposeSession, project: ComposeProject, services: readonly string[], w: ProgressWriter, options: ImageOptions = {}): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  const pulled = new Map<string, string>();
  for (const name of services) {
    const service = project.services[name]!;
    const image = serviceImageName(project.name, service);
    const policy = options.pull ?? service.pull_policy ?? 'missing';
    let id = policy === 'always' ? undefined : await imageId(session, image);
    const mustBuild = service.build !== undefined && !options.noBuild && (options.build || policy === 'build' || id === undefined);
    if (mustBuild) {
      id = await buildImage(session, project, service, w, options);
    } else if (id === undefined && policy !== 'never') {
      if (!pulled.has(image)) {
        await pullImage(session, service, image, w, options.quietPull);
        pulled.set(image, (await imageId(session, image)) ?? '');
      }
      id = pulled.get(image);
    }
    if (id === undefined) id = await imageId(session, image);
    if (id !== undefined) ids[name] = id;
  }
  return ids;
}

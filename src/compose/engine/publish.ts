/**
 * @module
 * `docker compose pull`, `push` and `build` (docker/compose `pull.go`, `push.go`, `build.go`):
 * pull every service's image (`--ignore-pull-failures`, `--include-deps`), push the images of
 * services with `image:` (` Pushing web: …`), build the services with `build:`.
 */
import type { ComposeProject } from '../model/project.js';
import { buildImage, pullImage, type BuildContextReader } from './images.js';
import { progressEvent } from './progress.js';
import type { ComposeSession } from './session.js';

/** Options of `compose pull`. */
export interface PullOptions {
  readonly services?: readonly string[];
  readonly ignorePullFailures?: boolean;
  readonly quiet?: boolean;
}

const selected = (project: ComposeProject, services?: readonly string[]) => Object.keys(project.services).sort().filter((s) => !services || services.length === 0 || services.includes(s));

/** `compose pull`. */
export async function pull(session: ComposeSession, project: ComposeProject, options: PullOptions = {}): Promise<void> {
  const w = session.progress('Pulling');
  try {
    const pulling = new Map<string, string>();
    for (const name of selected(project, options.services)) {
      const service = project.services[name]!;
      if (service.image === undefined) {
        w.event({ id: name, status: 'warning', statusText: '', text: 'Skipped - No image to be pulled' });
        continue;
      }
      const by = pulling.get(service.image);
      if (by !== undefined) {
        w.event({ id: name, status: 'done', statusText: '', text: `Skipped - Image is already being pulled by ${by}` });
        continue;
      }
      pulling.set(service.image, name);
      try {
        await pullImage(session, service, service.image, w, options.quiet);
      } catch (e) {
        if (!options.ignorePullFailures) throw e;
        session.warn(e instanceof Error ? e.message : String(e));
      }
    }
  } finally {
    w.stop();
  }
}

/** `compose push`. */
export async function push(session: ComposeSession, project: ComposeProject, options: { readonly services?: readonly string[]; readonly ignorePushFailures?: boolean } = {}): Promise<void> {
  const w = session.progress('Pushing');
  try {
    for (const name of selected(project, options.services)) {
      const service = project.services[name]!;
      if (service.image === undefined) continue;
      const id = `Pushing ${name}`;
      w.event(progressEvent(id, 'working', 'Pushing'));
      try {
        const at = service.image.lastIndexOf(':');
        const slash = service.image.lastIndexOf('/');
        const [repo, tag] = at > slash ? [service.image.slice(0, at), service.image.slice(at + 1)] : [service.image, 'latest'];
        for await (const m of session.client.imagePush(repo, { tag })) if (m.errorDetail) throw new Error(m.errorDetail.message);
        w.event(progressEvent(id, 'done', 'Pushed'));
      } catch (e) {
        w.event(progressEvent(id, 'error', 'Error'));
        if (!options.ignorePushFailures) throw e;
      }
    }
  } finally {
    w.stop();
  }
}

/** Options of `compose build`. */
export interface BuildOptions {
  readonly services?: readonly string[];
  readonly noCache?: boolean;
  readonly pull?: boolean;
  readonly buildContext?: BuildContextReader;
}

/** `compose build`: builds services with `build:`, tagging `<project>-<service>` or `image:`. */
export async function build(session: ComposeSession, project: ComposeProject, options: BuildOptions = {}): Promise<void> {
  const w = session.progress('Building');
  try {
    for (const name of selected(project, options.services)) {
      const service = project.services[name]!;
      if (service.build === undefined) continue;
      await buildImage(session, project, service, w, { ...(options.buildContext ? { buildContext: options.buildContext } : {}), ...(options.noCache ? { noCache: true } : {}), ...(options.pull ? { pullBase: true } : {}) });
    }
  } finally {
    w.stop();
  }
}

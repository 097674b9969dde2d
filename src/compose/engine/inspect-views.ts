/**
 * @module
 * The read-only views of a running project: `compose top` (each container's processes), `compose
 * port` (the host address a container port is published on), `compose images` (the images the
 * containers run).
 */
import { noPortMapping } from '../../core/messages/compose.js';
import { byName, canonicalName, projectContainers } from './containers.js';
import { serviceContainer } from './exec.js';
import type { ComposeSession } from './session.js';

/** One container's processes (`compose top`). */
export interface ContainerProcesses {
  readonly Name: string;
  readonly Titles: readonly string[];
  readonly Processes: readonly (readonly string[])[];
}

/** `compose top [SERVICE...]`: running containers' processes, by container name. */
export async function top(session: ComposeSession, projectName: string, services?: readonly string[]): Promise<ContainerProcesses[]> {
  const running = byName(await projectContainers(session, projectName, { all: false, oneOff: 'include', ...(services ? { services } : {}) }));
  return Promise.all(running.map(async (c) => ({ Name: canonicalName(c), ...(await session.client.containerTop(c.Id)) })));
}

/** `compose port SERVICE PRIVATE_PORT`: `0.0.0.0:8080`. */
export async function port(session: ComposeSession, projectName: string, service: string, privatePort: number, options: { readonly protocol?: string; readonly index?: number } = {}): Promise<string> {
  const target = await serviceContainer(session, projectName, service, options.index);
  const protocol = options.protocol ?? 'tcp';
  const [c] = await session.client.containerList({ all: true, filters: { id: [target.Id] } });
  const p = c?.Ports.find((x) => x.PrivatePort === privatePort && x.Type === protocol && x.PublicPort !== undefined);
  if (!c || !p) throw noPortMapping(privatePort, protocol, c ? canonicalName(c) : service);
  return `${p.IP ?? ''}:${p.PublicPort!}`;
}

/** One row of `compose images`. */
export interface ContainerImage {
  /** The container name. */
  readonly ContainerName: string;
  readonly Repository: string;
  readonly Tag: string;
  readonly Id: string;
  readonly Size: number;
}

/** `compose images [SERVICE...]`. */
export async function images(session: ComposeSession, projectName: string, services?: readonly string[]): Promise<ContainerImage[]> {
  const containers = byName(await projectContainers(session, projectName, { oneOff: 'include', ...(services ? { services } : {}) }));
  return Promise.all(
    containers.map(async (c) => {
      const image = await session.client.imageInspect(c.ImageID);
      const tag = image.RepoTags.find((t) => t === c.Image || t === `${c.Image}:latest`) ?? image.RepoTags[0] ?? '<none>:<none>';
      const at = tag.lastIndexOf(':');
      return { ContainerName: canonicalName(c), Repository: tag.slice(0, at), Tag: tag.slice(at + 1), Id: image.Id, Size: image.Size };
    }),
  );
}

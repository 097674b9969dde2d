/**
 * @module
 * The daemon of one host: the composition root that wires the domain services over the host's
 * context. It holds no business logic of its own (DESIGN.md, daemon/).
 */
import type { DockerEvent } from '../core/events.js';
import type { AsyncQueue } from '../core/async-queue.js';
import { ContainerService } from '../container/service.js';
import { ImageService } from '../image/service.js';
import { DistributionService } from '../registry/distribution.js';
import { containerImages, imageHooksOf } from './container-images.js';
import { HostContext, type WorldKernel } from './context.js';
import { hostCounts } from './counts.js';
import { importTarball, type ImageImportOptions } from './image-import.js';
import { streamEvents, type EventStreamOptions } from './events.js';
import { systemInfo, type SystemInfo } from './info.js';
import { systemVersion, type SystemVersion } from './version.js';

/** One simulated Docker daemon. */
export class Daemon {
  /** The host context every service shares. */
  readonly ctx: HostContext;
  /** The image store and its verbs. */
  readonly images: ImageService;
  /** Pull, push and login against the world's registries. */
  readonly distribution: DistributionService;
  /** Containers: lifecycle, runtime, logs. */
  readonly containers: ContainerService;

  constructor(name: string, kernel: WorldKernel) {
    this.ctx = new HostContext(name, kernel);
    this.images = new ImageService(this.ctx);
    this.distribution = new DistributionService(this.ctx, this.images);
    this.containers = new ContainerService(this.ctx);
    this.containers.runtime.hooks.images = containerImages(this.images);
    if (kernel.programs) this.containers.runtime.hooks.programs = kernel.programs;
    this.images.setHooks(imageHooksOf(this.containers));
  }

  /** `GET /_ping`. */
  ping(): 'OK' {
    return 'OK';
  }

  /** `GET /version`. */
  version(): SystemVersion {
    return systemVersion();
  }

  /** `GET /info`. */
  info(): SystemInfo {
    const host = this.ctx.state;
    return systemInfo(host, hostCounts(host), this.ctx.now());
  }

  /** `POST /images/create?fromSrc=-` (`docker import`): the new image's id. */
  importImage(tar: Uint8Array, options?: ImageImportOptions): Promise<string> {
    return importTarball(this.ctx, this.images, tar, options);
  }

  /** `GET /events`. */
  events(options?: EventStreamOptions): AsyncQueue<DockerEvent> {
    return streamEvents(this.ctx, options);
  }
}

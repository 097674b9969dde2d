/**
 * @module
 * The daemon of one host: the composition root that wires the domain services over the host's
 * context. It holds no business logic of its own (DESIGN.md, daemon/).
 */
import type { DockerEvent } from '../core/events.js';
import type { AsyncQueue } from '../core/async-queue.js';
import { BuildService } from '../build/classic/service.js';
import { ContainerService } from '../container/service.js';
import { NetworkService } from '../network/service.js';
import { VolumeService } from '../volume/service.js';
import { ImageService } from '../image/service.js';
import { DistributionService } from '../registry/distribution.js';
import { containerImages, imageHooksOf } from './container-images.js';
import { HostContext, type WorldKernel } from './context.js';
import { hostCounts } from './counts.js';
import { importTarball, type ImageImportOptions } from './image-import.js';
import { systemDataUsage, type DiskUsageSources, type SystemDataUsage } from './disk-usage.js';
import { systemPrune, type PruneSteps, type SystemPruneOptions, type SystemPruneReport } from './system-prune.js';
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
  /** Networks, endpoints, published ports and the host's simulated packets. */
  readonly networks: NetworkService;
  /** Volumes, bind mounts and the host's filesystem. */
  readonly volumes: VolumeService;
  /** Classic builds (`POST /build`). */
  readonly builds: BuildService;

  constructor(name: string, kernel: WorldKernel) {
    this.ctx = new HostContext(name, kernel);
    this.images = new ImageService(this.ctx);
    this.distribution = new DistributionService(this.ctx, this.images, (host, port) => this.networks.hostConnect(host, port));
    this.containers = new ContainerService(this.ctx);
    this.containers.runtime.hooks.images = containerImages(this.images);
    if (kernel.programs) this.containers.runtime.hooks.programs = kernel.programs;
    this.images.setHooks(imageHooksOf(this.containers));
    this.networks = new NetworkService(this.ctx);
    this.volumes = new VolumeService(this.ctx);
    const runtime = this.containers.runtime;
    runtime.hooks.networking = this.networks.networking;
    runtime.hooks.volumes = this.volumes;
    runtime.filesystems.mountsOf = (record) => [...this.networks.etcMounts(record), ...this.volumes.mounts(record)];
    this.volumes.lowerOf = (record) => runtime.filesystems.lower(record);
    this.volumes.imageRoot = (imageId) => {
      const image = this.images.store.images.get(imageId);
      return image ? this.images.rootfs(image) : undefined;
    };
    this.diskUsage = {
      images: () => {
        let layersSize = 0;
        for (const layer of this.images.store.layers.values()) layersSize += layer.size;
        return { layersSize, images: this.images.list({ all: true, sharedSize: true, containerCount: true }) };
      },
    };
    this.builds = new BuildService(this.ctx, this.images, this.containers, this.distribution);
    this.pruners = { images: (filters) => this.images.prune(filters) };
  }

  /** Where `system df` gets images and build cache (the build cache joins when the builder lands). */
  diskUsage: DiskUsageSources = {};
  /** The image and build-cache prunes of `system prune`. */
  pruners: Pick<PruneSteps, 'images' | 'buildCache'> = {};

  /** `GET /system/df`. */
  dataUsage(): SystemDataUsage {
    return systemDataUsage(this.containers.list({ all: true, size: true }), this.ctx.state, this.diskUsage);
  }

  /** `docker system prune`: containers, networks, volumes (when asked), images and build cache. */
  prune(options: SystemPruneOptions = {}): SystemPruneReport {
    return systemPrune(
      {
        containers: (filters) => this.containers.prune(filters),
        networks: (filters) => this.networks.prune(filters),
        volumes: (filters) => this.volumes.prune(filters),
        ...this.pruners,
      },
      options,
    );
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

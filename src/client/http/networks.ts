/**
 * @module
 * The network, volume and disk operations of {@link DockerClient} over HTTP. `systemPrune` is not
 * an Engine API operation: like `docker system prune`, the client calls each prune endpoint — with
 * the filters the daemon's own composition gives each step — and sums them up the same way.
 */
import type { NetworkCreateResponse } from '../../network/create.js';
import type { NetworkPruneResponse } from '../../network/prune.js';
import type { NetworkInspect } from '../../network/record.js';
import type { FilterArgs } from '../../network/filter-args.js';
import type { VolumeListResponse } from '../../volume/list.js';
import type { VolumePruneResponse } from '../../volume/prune.js';
import type { Volume } from '../../volume/record.js';
import type { SystemDataUsage } from '../../daemon/disk-usage.js';
import { systemPrune, type PruneSteps, type SystemPruneReport } from '../../daemon/system-prune.js';
import type { ContainerPruneResponse } from '../../container/prune.js';
import type { DiskApi } from '../disk-api.js';
import type { NetworkApi } from '../network-api.js';
import type { VolumeApi } from '../volume-api.js';
import { encodeFilters } from './filters.js';
import { segment, type HttpTransport } from './transport.js';

type Step = 'containers' | 'networks' | 'volumes' | 'images';

/** The network, volume and disk operations over `transport`. */
export function networkOperations(transport: HttpTransport): NetworkApi & VolumeApi & DiskApi {
  const prune = <T>(path: string, filters: FilterArgs | undefined) => transport.json<T>('POST', path, { query: { filters: encodeFilters(filters) } });
  return {
    networkList: (options = {}) => transport.json<NetworkInspect[]>('GET', '/networks', { query: { filters: encodeFilters(options.filters) } }),
    networkInspect: (id) => transport.json<NetworkInspect>('GET', `/networks/${segment(id)}`),
    networkCreate: (request) => transport.json<NetworkCreateResponse>('POST', '/networks/create', { json: request }),
    networkDelete: (id) => transport.empty('DELETE', `/networks/${segment(id)}`),
    networkConnect: (id, request) => transport.empty('POST', `/networks/${segment(id)}/connect`, { json: request }),
    networkDisconnect: (id, request) => transport.empty('POST', `/networks/${segment(id)}/disconnect`, { json: request }),
    networkPrune: (options = {}) => prune<NetworkPruneResponse>('/networks/prune', options.filters),
    volumeList: (options = {}) => transport.json<VolumeListResponse>('GET', '/volumes', { query: { filters: encodeFilters(options.filters) } }),
    volumeCreate: (request = {}) => transport.json<Volume>('POST', '/volumes/create', { json: request }),
    volumeInspect: (name) => transport.json<Volume>('GET', `/volumes/${segment(name)}`),
    volumeDelete: (name, options = {}) => transport.empty('DELETE', `/volumes/${segment(name)}`, { query: { force: options.force || undefined } }),
    volumePrune: (options = {}) => prune<VolumePruneResponse>('/volumes/prune', options.filters),
    systemDataUsage: () => transport.json<SystemDataUsage>('GET', '/system/df'),
    async systemPrune(options = {}): Promise<SystemPruneReport> {
      // The daemon's composition decides which prunes run with which filters; ask it, then send them.
      const asked = new Map<Step, FilterArgs>();
      const ask = <K extends Step>(step: K) => ((filters: FilterArgs) => (asked.set(step, filters), { ContainersDeleted: null, NetworksDeleted: null, VolumesDeleted: [], ImagesDeleted: null, SpaceReclaimed: 0 })) as NonNullable<PruneSteps[K]>;
      systemPrune({ containers: ask('containers'), networks: ask('networks'), volumes: ask('volumes'), images: ask('images') }, options);
      const containers = await prune<ContainerPruneResponse>('/containers/prune', asked.get('containers'));
      const networks = await prune<NetworkPruneResponse>('/networks/prune', asked.get('networks'));
      const volumes = asked.has('volumes') ? await prune<VolumePruneResponse>('/volumes/prune', asked.get('volumes')) : undefined;
      const images = await prune<ReturnType<NonNullable<PruneSteps['images']>>>('/images/prune', asked.get('images'));
      return systemPrune(
        { containers: () => containers, networks: () => networks, volumes: () => volumes ?? { VolumesDeleted: [], SpaceReclaimed: 0 }, images: () => images },
        options,
      );
    },
  };
}

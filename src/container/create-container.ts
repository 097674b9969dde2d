/**
 * @module
 * `POST /containers/create` as the daemon runs it: the request checked, the image resolved and its
 * config merged, the name taken (or generated), endpoints and mounts prepared by the network and
 * volume layers, and one commit adding the record with its `create` event.
 */
import { castDraft } from 'immer';
import { DockerError } from '../core/errors.js';
import * as m from '../core/messages/containers.js';
import { HostContext } from '../daemon/context.js';
import { checkCreateRequest, completeHostConfig, mergedConfig, newContainerRecord, type ContainerCreateRequest, type ResolvedImage } from './create.js';
import { normalizeContainerName, randomContainerName } from './names.js';
import type { ContainerRecord } from './record.js';
import type { ContainerRuntime } from './runtime/runtime.js';
import type { ContainerCreateOptions, ContainerCreateResponse } from './verb-options.js';

/** Creates a container on `ctx`'s host; throws Docker's error and changes nothing when the request is refused. */
export function createContainer(ctx: HostContext, runtime: ContainerRuntime, request: ContainerCreateRequest, options: ContainerCreateOptions = {}): ContainerCreateResponse {
  const invalid = checkCreateRequest(request);
  if (invalid) throw invalid;
  let image: ResolvedImage | undefined;
  if (request.Image) {
    const images = runtime.hooks.images;
    const resolved = images ? images.resolve(request.Image) : m.noSuchImageForContainer(request.Image);
    if (resolved instanceof DockerError) throw resolved;
    image = resolved;
  }
  const config = mergedConfig(request, image);
  if (config instanceof DockerError) throw config;
  const hostConfig = completeHostConfig(request.HostConfig);
  const state = ctx.state;
  const id = ctx.newId();
  let name: string;
  if (options.name) {
    const normalized = normalizeContainerName(options.name);
    if (normalized instanceof DockerError) throw normalized;
    const owner = state.containerNames.get(normalized);
    if (owner !== undefined) throw m.containerNameConflict(normalized, owner);
    name = normalized;
  } else {
    name = randomContainerName(ctx.random, id, (n) => state.containerNames.has(n));
  }
  const configured = runtime.hooks.networking.configure?.(config, hostConfig, request.NetworkingConfig?.EndpointsConfig);
  const endpoints =
    configured?.networkSettings.Networks ??
    Object.fromEntries(
      Object.keys(request.NetworkingConfig?.EndpointsConfig ?? { [hostConfig.NetworkMode]: {} }).map((net) => [
        net === 'default' ? hostConfig.NetworkMode : net,
        { NetworkID: '', EndpointID: '', IPAddress: '' },
      ]),
    );
  const volumes = runtime.hooks.volumes?.register(id, config, hostConfig, image?.id ?? '');
  let record!: ContainerRecord;
  ctx.commit(
    (host) => {
      record = newContainerRecord({ id, name, config, image, hostConfig, now: ctx.now(), seq: HostContext.nextSeq(host), hostHostname: host.hostname, endpoints, ...(configured ? { networkSettings: configured.networkSettings } : {}) });
      if (volumes) record = { ...record, Mounts: volumes.mounts };
      host.containers = castDraft(host.containers.set(id, record));
      host.containerNames = castDraft(host.containerNames.set(name, id));
      volumes?.plan.apply(host);
    },
    [...(volumes?.plan.events ?? []), { Type: 'container', Action: 'create', id, attributes: { ...request.Labels, ...config.Labels, image: config.Image, name: name.slice(1) } }],
  );
  return { Id: id, Warnings: configured?.warnings ?? [] };
}

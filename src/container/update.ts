/**
 * @module
 * `POST /containers/{id}/update` (`docker update`): changes a container's resources and restart
 * policy in any state but removing/dead (moby `daemon/update.go`); a restart policy cannot be set
 * on an AutoRemove container. One `update` event.
 */
import { castDraft } from 'immer';
import { DockerError } from '../core/errors.js';
import { cannotUpdateRestartWithAutoRemove } from '../core/messages/containers.js';
import type { HostContext } from '../daemon/context.js';
import type { HostConfig, RestartPolicy } from './host-config.js';
import { transition } from './lifecycle.js';
import type { ContainerRecord } from './record.js';
import { isNoRestart } from './restart-policy.js';
import { eventAttributes, type ContainerRuntime } from './runtime/runtime.js';
import { validateRestartPolicy } from './validate.js';

/** The resource fields `docker update` can change. */
export type UpdatableResources = Pick<
  HostConfig,
  'CpuShares' | 'Memory' | 'NanoCpus' | 'CpuPeriod' | 'CpuQuota' | 'CpusetCpus' | 'CpusetMems' | 'MemoryReservation' | 'MemorySwap' | 'PidsLimit' | 'BlkioWeight'
>;

/** Body of `POST /containers/{id}/update`. */
export interface ContainerUpdateRequest extends Partial<UpdatableResources> {
  readonly RestartPolicy?: Partial<RestartPolicy>;
}

/** Answer of `POST /containers/{id}/update`. */
export interface ContainerUpdateResponse {
  readonly Warnings: readonly string[];
}

/** Applies an update to `record`. */
export function updateContainer(ctx: HostContext, _runtime: ContainerRuntime, record: ContainerRecord, request: ContainerUpdateRequest): ContainerUpdateResponse {
  const guard = transition(record, { type: 'update' }, ctx.now());
  if (guard instanceof DockerError) throw guard;
  const { RestartPolicy: policy, ...resources } = request;
  let restart = record.HostConfig.RestartPolicy;
  if (policy && policy.Name !== undefined) {
    const invalid = validateRestartPolicy(policy);
    if (invalid) throw new DockerError(invalid.kind, `Cannot update container ${record.Id}: ${invalid.message}`);
    restart = { Name: policy.Name || 'no', MaximumRetryCount: policy.MaximumRetryCount ?? 0 };
    if (record.HostConfig.AutoRemove && !isNoRestart(restart)) throw cannotUpdateRestartWithAutoRemove(record.Id);
  }
  const given = Object.fromEntries(Object.entries(resources).filter(([, v]) => v !== undefined)) as Partial<UpdatableResources>;
  const hostConfig: HostConfig = { ...record.HostConfig, ...given, RestartPolicy: restart };
  const next: ContainerRecord = { ...record, HostConfig: hostConfig };
  ctx.commit(
    (host) => {
      host.containers = castDraft(host.containers.set(record.Id, next));
    },
    [{ Type: 'container', Action: 'update', id: record.Id, attributes: eventAttributes(next) }],
  );
  return { Warnings: [] };
}

/**
 * @module
 * `POST /containers/{id}/rename` as the daemon runs it: moby's checks and messages (empty names,
 * the same name, a name in use), the network layer's endpoint aliases renamed with the record,
 * one commit and a `rename` event carrying `oldName`.
 */
import { castDraft } from 'immer';
import { DockerError } from '../core/errors.js';
import * as m from '../core/messages/containers.js';
import type { HostContext } from '../daemon/context.js';
import { getContainer } from './lookup.js';
import { normalizeContainerName } from './names.js';
import type { ContainerRecord } from './record.js';
import { eventAttributes, type ContainerRuntime } from './runtime/runtime.js';

/** Renames the container `ref` to `newName`; throws Docker's error and changes nothing when refused. */
export function renameContainer(ctx: HostContext, runtime: ContainerRuntime, ref: string, newName: string): void {
  if (ref.replace(/^\//, '').trim() === '' || newName.replace(/^\//, '') === '') throw m.renameEmpty();
  const record = getContainer(ctx.state, ref.trim());
  const normalized = normalizeContainerName(newName);
  if (!(normalized instanceof DockerError) && normalized === record.Name) throw m.renameSameName();
  if (normalized instanceof DockerError) throw normalized;
  const owner = ctx.state.containerNames.get(normalized);
  if (owner !== undefined) throw m.renameConflict(normalized, owner);
  const next: ContainerRecord = { ...record, Name: normalized };
  const network = runtime.hooks.networking.rename?.(next);
  ctx.commit(
    (host) => {
      host.containerNames = castDraft(host.containerNames.delete(record.Name).set(normalized, record.Id));
      host.containers = castDraft(host.containers.set(record.Id, next));
      network?.apply(host);
    },
    [...(network?.events ?? []), { Type: 'container', Action: 'rename', id: record.Id, attributes: eventAttributes(next, { oldName: record.Name }) }],
  );
}

/**
 * @module
 * A project's networks (docker/compose `ensureNetwork`, `removeNetwork`): `up` creates each
 * non-external network with its `com.docker.compose.*` labels (` Network app_default  Created`),
 * reuses one it finds — warning when it was not created by Compose — and fails for an external
 * network that does not exist; `down` removes them, leaving one still in use with a warning.
 */
import { isDockerError } from '../../core/errors.js';
import { externalNetworkNotFound, networkFailedToCreate, networkWrongLabel } from '../../core/messages/compose.js';
import type { IPAMConfig } from '../../network/record.js';
import { LABELS, networkLabels } from '../labels.js';
import type { ComposeProject, NetworkConfig } from '../model/project.js';
import { progressEvent, type ProgressWriter } from './progress.js';
import type { ComposeSession } from './session.js';

/** Exact-name matches of a network list (the name filter matches substrings). */
async function byName(session: ComposeSession, name: string, projectName?: string): Promise<{ Id: string; Name: string; Labels: Readonly<Record<string, string>> }[]> {
  const filters: Record<string, string[]> = { name: [name] };
  if (projectName !== undefined) filters['label'] = [`${LABELS.project}=${projectName}`];
  return (await session.client.networkList({ filters })).filter((n) => n.Name === name);
}

async function ensureExternal(session: ComposeSession, network: NetworkConfig): Promise<string> {
  const found = await byName(session, network.name);
  if (found.length === 1) return found[0]!.Id;
  if (found.length > 1) throw new Error(`multiple networks with name "${network.name}" were found. Use network ID as \`name\` to avoid ambiguity`);
  try {
    return (await session.client.networkInspect(network.name)).Id;
  } catch (e) {
    if (isDockerError(e, 'NotFound')) throw externalNetworkNotFound(network.name);
    throw e;
  }
}

/** Creates or finds one network; returns its id. */
async function ensureNetwork(session: ComposeSession, project: ComposeProject, key: string, network: NetworkConfig, w: ProgressWriter): Promise<string> {
  if (network.external) return ensureExternal(session, network);
  const existing = await byName(session, network.name);
  for (const n of existing) {
    const owner = n.Labels[LABELS.project];
    if (owner === undefined) session.warn(`a network with name ${network.name} exists but was not created by compose.\nSet \`external: true\` to use an existing network`);
    else if (owner !== project.name) session.warn(`a network with name ${network.name} exists but was not created for project "${project.name}".\nSet \`external: true\` to use an existing network`);
    if (owner !== undefined && (n.Labels[LABELS.network] ?? '') !== key) throw networkWrongLabel(network.name, LABELS.network, n.Labels[LABELS.network] ?? '', key);
    return n.Id;
  }
  const id = `Network ${network.name}`;
  w.event(progressEvent(id, 'working', 'Creating'));
  const pools: IPAMConfig[] = (network.ipam?.config ?? []).map((p) => ({
    ...(p.subnet ? { Subnet: p.subnet } : {}),
    ...(p.ip_range ? { IPRange: p.ip_range } : {}),
    ...(p.gateway ? { Gateway: p.gateway } : {}),
    ...(p.aux_addresses ? { AuxiliaryAddresses: { ...p.aux_addresses } } : {}),
  }));
  const ipam = network.ipam?.driver || pools.length > 0 ? { IPAM: { ...(network.ipam?.driver ? { Driver: network.ipam.driver } : {}), Config: pools } } : {};
  try {
    const created = await session.client.networkCreate({
      Name: network.name,
      Labels: networkLabels(project.name, key, network),
      ...(network.driver ? { Driver: network.driver } : {}),
      ...(network.driver_opts ? { Options: { ...network.driver_opts } } : {}),
      ...(network.internal ? { Internal: true } : {}),
      ...(network.attachable ? { Attachable: true } : {}),
      ...(network.enable_ipv6 !== undefined ? { EnableIPv6: network.enable_ipv6 } : {}),
      ...(network.enable_ipv4 !== undefined ? { EnableIPv4: network.enable_ipv4 } : {}),
      ...ipam,
    });
    w.event(progressEvent(id, 'done', 'Created'));
    return created.Id;
  } catch (e) {
    w.event(progressEvent(id, 'error', 'Error'));
    throw networkFailedToCreate(network.name, e instanceof Error ? e.message : String(e));
  }
}

/** Every network of the project, by key → id (sorted keys: one order every run). */
export async function ensureNetworks(session: ComposeSession, project: ComposeProject, w: ProgressWriter): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const key of Object.keys(project.networks).sort()) ids[key] = await ensureNetwork(session, project, key, project.networks[key]!, w);
  return ids;
}

/** Removes one project network as `down` does; true when something was found. */
export async function removeNetwork(session: ComposeSession, projectName: string, key: string, name: string, w: ProgressWriter): Promise<boolean> {
  const found = (await session.client.networkList({ filters: { label: [`${LABELS.project}=${projectName}`, `${LABELS.network}=${key}`] } })).filter((n) => n.Name === name);
  if (found.length === 0) return false;
  const id = `Network ${name}`;
  w.event(progressEvent(id, 'working', 'Removing'));
  for (const n of found) {
    const inspect = await session.client.networkInspect(n.Id).catch(() => undefined);
    if (inspect === undefined) continue;
    if (Object.keys(inspect.Containers).length > 0) {
      w.event(progressEvent(id, 'warning', 'Resource is still in use'));
      continue;
    }
    try {
      await session.client.networkDelete(n.Id);
    } catch (e) {
      if (isDockerError(e, 'NotFound')) continue;
      w.event(progressEvent(id, 'error', 'Error'));
      throw new Error(`failed to remove network ${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
    w.event(progressEvent(id, 'done', 'Removed'));
  }
  return true;
}

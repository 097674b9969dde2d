/**
 * @module
 * The per-service rules on quantities (compose-go `checkConsistency`): `scale` and
 * `deploy.replicas` agree and are not negative, `container_name` is not replicated, resource
 * limits given twice agree, and no two mounts share a target.
 */
import { INVALID_COMPOSE_PROJECT, inconsistentProject } from '../../core/messages/compose.js';
import { type ComposeService, serviceScale } from '../model/service.js';

/** Throws compose's error when a quantity rule of the service is broken. */
export function checkServiceLimits(s: ComposeService): void {
  const replicas = s.deploy?.replicas;
  if (s.scale !== undefined && replicas !== undefined && s.scale !== replicas) {
    throw inconsistentProject(`services.${s.name}: can't set distinct values on 'scale' and 'deploy.replicas': ${INVALID_COMPOSE_PROJECT}`);
  }
  if (s.scale !== undefined && s.scale < 0) throw inconsistentProject(`services.${s.name}.scale: must be greater than or equal to 0`);
  if (replicas !== undefined && replicas < 0) throw inconsistentProject(`services.${s.name}.deploy.replicas: must be greater than or equal to 0`);
  const limits = s.deploy?.resources?.limits;
  const reservations = s.deploy?.resources?.reservations;
  for (const [own, value, inDeploy, other] of [
    ['cpus', s.cpus, limits?.cpus, 'deploy.resources.limits.cpus'],
    ['mem_limit', s.mem_limit, limits?.memory, 'deploy.resources.limits.memory'],
    ['mem_reservation', s.mem_reservation, reservations?.memory, 'deploy.resources.reservations.memory'],
    ['pids_limit', s.pids_limit, limits?.pids, 'deploy.resources.limits.pids'],
  ] as const) {
    const declared = other.includes('reservations') ? reservations : limits;
    if (value !== undefined && declared !== undefined && (inDeploy ?? 0) !== value) {
      throw inconsistentProject(`services.${s.name}: can't set distinct values on '${own}' and '${other}': ${INVALID_COMPOSE_PROJECT}`);
    }
  }
  if (serviceScale(s) > 1 && s.container_name !== undefined) {
    // compose-go passes its arguments in this order, so the attribute comes first
    const attr = s.scale === undefined ? 'deploy.replicas' : 'scale';
    throw inconsistentProject(`services.${attr}: can't set container_name and ${s.name} as container name must be unique: ${INVALID_COMPOSE_PROJECT}`);
  }
  const mounts = new Map<string, string>();
  (s.tmpfs ?? []).forEach((t, i) => {
    const where = `services.${s.name}.tmpfs[${i}]`;
    const path = t.split(':')[0]!;
    if (mounts.has(path)) throw inconsistentProject(`${where}: target ${path} already mounted as ${mounts.get(path)!}`);
    mounts.set(path, where);
  });
  (s.volumes ?? []).forEach((v, i) => {
    const where = `services.${s.name}.volumes[${i}]`;
    if (mounts.has(v.target)) throw inconsistentProject(`${where}: target ${v.target} already mounted as ${mounts.get(v.target)!}`);
    mounts.set(v.target, where);
  });
}

/**
 * @module
 * compose-go `SetDefaultValues`: what the specification leaves implicit, filled in once files are
 * merged — `build.context: .`, ports in `tcp` / `ingress` mode, bind mounts that create their
 * host path, secret targets under `/run/secrets`, device requests for all devices.
 */
import { goSprint } from '../go/format.js';
import { type Dict, dictAt, isDict } from './dict.js';

/** The device requests of a service: `gpus` and `deploy.resources.reservations.devices`. */
export function deviceRequests(service: Dict): Dict[] {
  const reserved = dictAt(dictAt(dictAt(service, 'deploy') ?? {}, 'resources') ?? {}, 'reservations');
  const lists = [service.gpus, reserved?.devices];
  return lists.flatMap((l) => (Array.isArray(l) ? l.filter(isDict) : []));
}

/** compose-go `SetDefaultValues`, applied to the merged (cloned) model in place. */
export function setDefaultValues(model: Dict): Dict {
  const services = dictAt(model, 'services') ?? {};
  for (const service of Object.values(services)) {
    if (!isDict(service)) continue;
    const build = dictAt(service, 'build');
    if (build !== undefined && !Object.hasOwn(build, 'context')) build.context = '.';
    for (const secret of Array.isArray(service.secrets) ? service.secrets : []) {
      if (isDict(secret) && !Object.hasOwn(secret, 'target')) secret.target = `/run/secrets/${goSprint(secret.source as string)}`;
    }
    for (const port of Array.isArray(service.ports) ? service.ports : []) {
      if (!isDict(port)) continue;
      if (!Object.hasOwn(port, 'protocol')) port.protocol = 'tcp';
      if (!Object.hasOwn(port, 'mode')) port.mode = 'ingress';
    }
    for (const volume of Array.isArray(service.volumes) ? service.volumes : []) {
      const bind = isDict(volume) ? dictAt(volume, 'bind') : undefined;
      if (bind !== undefined && !Object.hasOwn(bind, 'create_host_path')) bind.create_host_path = true;
    }
    for (const request of deviceRequests(service)) if (!Object.hasOwn(request, 'count') && !Object.hasOwn(request, 'device_ids')) request.count = 'all';
  }
  return model;
}

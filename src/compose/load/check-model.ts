/**
 * @module
 * compose-go's `validation.Validate`, the checks on the merged model the schema cannot express:
 * an external volume declares nothing but its name, secrets and configs name exactly one source,
 * a port's `host_ip` is an IP address.
 */
import { isIP } from '../go/net.js';
import { type Dict, dictAt, isDict } from './dict.js';
import { deviceRequests } from './defaults.js';

/** A model rule broken; the message is compose's. */
export class ModelError extends Error {}

function checkFileObject(kind: string, keys: readonly string[], model: Dict): void {
  for (const [name, value] of Object.entries(dictAt(model, kind) ?? {})) {
    if (!isDict(value)) continue;
    const count = keys.filter((k) => Object.hasOwn(value, k)).length;
    if (count > 1) throw new ModelError(`${kind}.${name}: ${keys.join('|')} attributes are mutually exclusive`);
    if (count === 0 && !Object.hasOwn(value, 'driver') && !Object.hasOwn(value, 'external')) throw new ModelError(`${kind}.${name}: one of ${keys.join('|')} must be set`);
  }
}

/** Throws {@link ModelError} for the first broken rule. */
export function checkModel(model: Dict): void {
  for (const [name, volume] of Object.entries(dictAt(model, 'volumes') ?? {})) {
    if (volume === null) continue;
    if (!isDict(volume)) throw new ModelError(`expected volume, got ${String(volume)}`);
    if (volume.external !== true) continue;
    for (const key of Object.keys(volume)) {
      if (key === 'name' || key === 'external' || key.startsWith('x-')) continue;
      throw new ModelError(`volumes.${name}: conflicting parameters "external" and ${JSON.stringify(key)} specified`);
    }
  }
  checkFileObject('configs', ['file', 'environment', 'content'], model);
  checkFileObject('secrets', ['file', 'environment'], model);
  for (const [name, service] of Object.entries(dictAt(model, 'services') ?? {})) {
    const requests = isDict(service) ? deviceRequests(service) : [];
    const gpus = isDict(service) && Array.isArray(service.gpus) ? service.gpus : [];
    requests.forEach((request, i) => {
      const where = i < gpus.length ? `services.${name}.gpus.[]` : `services.${name}.deploy.resources.reservations.devices.[]`;
      if (Object.hasOwn(request, 'count') && Object.hasOwn(request, 'device_ids')) throw new ModelError(`${where}: "count" and "device_ids" attributes are exclusive`);
    });
    const ports = isDict(service) && Array.isArray(service.ports) ? service.ports : [];
    for (const port of ports) {
      if (isDict(port) && Object.hasOwn(port, 'host_ip') && !isIP(String(port.host_ip))) {
        throw new ModelError(`services.${name}.ports.[]: invalid ip address: ${String(port.host_ip)}`);
      }
    }
  }
}

/**
 * @module
 * The body of `POST /containers/create` (and the optional config of `POST /commit`) as the daemon
 * decodes it (moby `runconfig.decodeCreateRequest` into `container.CreateRequest`): the container
 * config's fields at the top level beside `HostConfig` and `NetworkingConfig`. Go matches field
 * names case-insensitively, ignores unknown fields (dockerode sends `name`), reads `Cmd` and
 * `Entrypoint` as a string or a list (`strslice.StrSlice`), and refuses values of the wrong JSON
 * type with its own words. A body with no config field at all leaves the config nil: "config
 * cannot be empty". Only the fields the simulation reads are type-checked here; the model
 * validates their values.
 */
import type { ContainerCreateRequest } from '../container/create.js';
import * as messages from '../core/messages/index.js';
import { goJsonType } from './body.js';

type GoType = 'string' | 'bool' | 'int64' | '[]string' | 'strslice' | 'map[string]string' | 'object' | 'list';

/** `container.Config` fields (Engine API `ContainerConfig`) and their Go types. */
const CONFIG_FIELDS: Readonly<Record<string, GoType>> = {
  Hostname: 'string',
  Domainname: 'string',
  User: 'string',
  AttachStdin: 'bool',
  AttachStdout: 'bool',
  AttachStderr: 'bool',
  ExposedPorts: 'object',
  Tty: 'bool',
  OpenStdin: 'bool',
  StdinOnce: 'bool',
  Env: '[]string',
  Cmd: 'strslice',
  Healthcheck: 'object',
  ArgsEscaped: 'bool',
  Image: 'string',
  Volumes: 'object',
  WorkingDir: 'string',
  Entrypoint: 'strslice',
  NetworkDisabled: 'bool',
  MacAddress: 'string',
  OnBuild: '[]string',
  Labels: 'map[string]string',
  StopSignal: 'string',
  StopTimeout: 'int64',
  Shell: 'strslice',
};

/** `container.HostConfig` fields the simulation reads, and their Go types. */
const HOST_CONFIG_FIELDS: Readonly<Record<string, GoType>> = {
  Binds: '[]string',
  NetworkMode: 'string',
  PortBindings: 'object',
  RestartPolicy: 'object',
  AutoRemove: 'bool',
  Privileged: 'bool',
  PublishAllPorts: 'bool',
  ReadonlyRootfs: 'bool',
  Memory: 'int64',
  NanoCpus: 'int64',
  CpuShares: 'int64',
  PidsLimit: 'int64',
  Init: 'bool',
  CapAdd: 'strslice',
  CapDrop: 'strslice',
  Dns: '[]string',
  ExtraHosts: '[]string',
  Mounts: 'list',
  LogConfig: 'object',
  ConsoleSize: 'list',
};

const GO_TYPE_NAME: Readonly<Record<GoType, string>> = {
  string: 'string',
  bool: 'bool',
  int64: 'int64',
  '[]string': '[]string',
  strslice: 'strslice.StrSlice',
  'map[string]string': 'map[string]string',
  object: 'struct',
  list: 'slice',
};

function fits(value: unknown, type: GoType): boolean {
  if (value === null) return true; // Go leaves the zero value
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'bool':
      return typeof value === 'boolean';
    case 'int64':
      return typeof value === 'number' && Number.isInteger(value);
    case '[]string':
      return Array.isArray(value) && value.every((v) => typeof v === 'string' || v === null);
    case 'strslice':
      return typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string' || v === null));
    case 'map[string]string':
      return typeof value === 'object' && !Array.isArray(value) && Object.values(value as object).every((v) => typeof v === 'string' || v === null);
    case 'object':
      return typeof value === 'object' && !Array.isArray(value);
    case 'list':
      return Array.isArray(value);
  }
}

/** Go's name for a JSON value in an unmarshal error (`number`, not `int`). */
function jsonKind(value: unknown): string {
  if (typeof value === 'number') return 'number';
  return goJsonType(value);
}

/**
 * Canonical keys (Go's case-insensitive match), type-checked; `strslice` values become lists.
 * `path` names the struct in Go's messages (`CreateRequest`, `CreateRequest.HostConfig`).
 */
function decodeStruct(body: Readonly<Record<string, unknown>>, fields: Readonly<Record<string, GoType>>, path: string): Record<string, unknown> {
  const canonical = new Map(Object.keys(fields).map((name) => [name.toLowerCase(), name] as const));
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(body)) {
    const name = canonical.get(key.toLowerCase());
    if (name === undefined) {
      out[key] = raw;
      continue;
    }
    const type = fields[name]!;
    if (!fits(raw, type)) {
      const element = Array.isArray(raw) ? raw.find((v) => typeof v !== 'string' && v !== null) : undefined;
      const [found, goType] = Array.isArray(raw) && element !== undefined && type !== 'list' ? [jsonKind(element), 'string'] : [jsonKind(raw), GO_TYPE_NAME[type]];
      throw messages.jsonFieldTypeMismatch(found, `${path}.${name}`, goType);
    }
    out[name] = type === 'strslice' && typeof raw === 'string' ? [raw] : raw;
  }
  return out;
}

/** Whether the body names any config field, i.e. whether Go would allocate the embedded config. */
function hasConfig(body: Readonly<Record<string, unknown>>): boolean {
  const names = new Set(Object.keys(CONFIG_FIELDS).map((name) => name.toLowerCase()));
  return Object.keys(body).some((key) => names.has(key.toLowerCase()));
}

/** Reads a create request from a decoded JSON body (`undefined` when there was none). */
export function decodeCreateRequest(body: unknown): ContainerCreateRequest {
  if (body === undefined || body === null) throw messages.emptyCreateConfig();
  if (typeof body !== 'object' || Array.isArray(body)) throw messages.jsonTypeMismatch(goJsonType(body), 'container.CreateRequest');
  const object = body as Readonly<Record<string, unknown>>;
  if (!hasConfig(object)) throw messages.emptyCreateConfig();
  const top = decodeStruct(object, { ...CONFIG_FIELDS, HostConfig: 'object', NetworkingConfig: 'object' }, 'CreateRequest');
  if (top['HostConfig']) top['HostConfig'] = decodeStruct(top['HostConfig'] as Record<string, unknown>, HOST_CONFIG_FIELDS, 'CreateRequest.HostConfig');
  if (top['Image'] === null || top['Image'] === undefined) top['Image'] = '';
  return top as unknown as ContainerCreateRequest;
}

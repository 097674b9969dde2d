/**
 * @module
 * `POST /containers/create` as a pure function: the request is checked ({@link validateCreate}),
 * completed from the image ({@link mergeImageConfig}) and from the daemon's HostConfig defaults,
 * and becomes a `created` {@link ContainerRecord}. Name reservation and the image lookup are the
 * caller's (they read the state); the order of failures is moby's: settings, image, command, name.
 */
import { formatTimestamp } from '../core/time.js';
import { DockerError } from '../core/errors.js';
import { noCommandSpecified } from '../core/messages/containers.js';
import type { ContainerConfig, HealthConfig, ImageRunConfig } from './config.js';
import { DEFAULT_HOST_CONFIG, type HostConfig, type RestartPolicy } from './host-config.js';
import { entrypointAndArgs, mergeImageConfig } from './merge.js';
import type { ContainerEndpoint, ContainerNetworkSettings, ContainerRecord } from './record.js';
import { createdState } from './state.js';
import { cleanPath, validateCreate } from './validate.js';

/** Per-network endpoint settings of a create request (`NetworkingConfig.EndpointsConfig`). */
export interface EndpointRequest {
  readonly Aliases?: readonly string[] | null;
  readonly IPAMConfig?: { readonly IPv4Address?: string; readonly IPv6Address?: string } | null;
  readonly [field: string]: unknown;
}

/** The body of `POST /containers/create`: a config (every field optional) plus HostConfig and NetworkingConfig. */
export interface ContainerCreateRequest extends Partial<Omit<ContainerConfig, 'Image' | 'Healthcheck'>> {
  readonly Image: string;
  readonly Healthcheck?: HealthConfig | null;
  readonly HostConfig?: Partial<Omit<HostConfig, 'RestartPolicy'>> & { readonly RestartPolicy?: Partial<RestartPolicy> };
  readonly NetworkingConfig?: { readonly EndpointsConfig?: { readonly [network: string]: EndpointRequest } | null } | null;
}

/** What the daemon resolved the request's image to. */
export interface ResolvedImage {
  /** Image id, `sha256:…`. */
  readonly id: string;
  readonly config: ImageRunConfig;
  /** ChainIDs of its layers, bottom first (the container's read-only layers). */
  readonly chain?: readonly string[];
}

/** The config as the daemon reads it before merging (nulls and defaults as Docker's decoder leaves them). */
function userConfig(request: ContainerCreateRequest): ContainerConfig {
  const config: ContainerConfig = {
    Hostname: request.Hostname ?? '',
    Domainname: request.Domainname ?? '',
    User: request.User ?? '',
    AttachStdin: request.AttachStdin ?? false,
    AttachStdout: request.AttachStdout ?? false,
    AttachStderr: request.AttachStderr ?? false,
    ExposedPorts: request.ExposedPorts ?? null,
    Tty: request.Tty ?? false,
    OpenStdin: request.OpenStdin ?? false,
    StdinOnce: request.StdinOnce ?? false,
    Env: request.Env ?? null,
    Cmd: request.Cmd ?? null,
    Image: request.Image,
    Volumes: request.Volumes ?? null,
    WorkingDir: request.WorkingDir ? cleanPath(request.WorkingDir) : '',
    Entrypoint: request.Entrypoint ?? null,
    OnBuild: request.OnBuild ?? null,
    Labels: { ...(request.Labels ?? {}) },
  };
  const extra: { -readonly [K in keyof ContainerConfig]?: ContainerConfig[K] } = {};
  if (request.Healthcheck) extra.Healthcheck = request.Healthcheck;
  if (request.StopSignal) extra.StopSignal = request.StopSignal;
  if (request.StopTimeout !== undefined && request.StopTimeout !== null) extra.StopTimeout = request.StopTimeout;
  if (request.ArgsEscaped !== undefined) extra.ArgsEscaped = request.ArgsEscaped;
  if (request.NetworkDisabled !== undefined) extra.NetworkDisabled = request.NetworkDisabled;
  if (request.Shell !== undefined) extra.Shell = request.Shell;
  return { ...config, ...extra };
}

/** The HostConfig as stored: the request over the daemon's defaults (moby adaptContainerSettings). */
export function completeHostConfig(request: ContainerCreateRequest['HostConfig']): HostConfig {
  const given = Object.fromEntries(Object.entries(request ?? {}).filter(([, v]) => v !== undefined)) as Partial<HostConfig>;
  const merged: HostConfig = { ...DEFAULT_HOST_CONFIG, ...given };
  const policy = request?.RestartPolicy;
  const restart: RestartPolicy = { Name: policy?.Name || 'no', MaximumRetryCount: policy?.MaximumRetryCount ?? 0 };
  const network = !merged.NetworkMode || merged.NetworkMode === 'default' ? 'bridge' : merged.NetworkMode;
  const memorySwap = merged.Memory > 0 && merged.MemorySwap === 0 ? merged.Memory * 2 : merged.MemorySwap;
  return {
    ...merged,
    RestartPolicy: restart,
    NetworkMode: network,
    MemorySwap: memorySwap,
    ShmSize: merged.ShmSize || DEFAULT_HOST_CONFIG.ShmSize,
    IpcMode: merged.IpcMode || 'private',
    CgroupnsMode: merged.CgroupnsMode || 'private',
    LogConfig: { Type: merged.LogConfig.Type || 'json-file', Config: { ...merged.LogConfig.Config } },
    PortBindings: merged.PortBindings ?? {},
    MaskedPaths: merged.Privileged ? [] : merged.MaskedPaths,
    ReadonlyPaths: merged.Privileged ? [] : merged.ReadonlyPaths,
  };
}

/** Checks the request's settings (before the image is looked up). */
export function checkCreateRequest(request: ContainerCreateRequest): DockerError | undefined {
  return validateCreate(
    { WorkingDir: request.WorkingDir ?? '', StopSignal: request.StopSignal ?? null, Env: request.Env ?? null, Healthcheck: request.Healthcheck ?? null },
    request.HostConfig,
  );
}

/** The merged config, or `no command specified`. */
export function mergedConfig(request: ContainerCreateRequest, image: ResolvedImage | undefined): ContainerConfig | DockerError {
  const config = mergeImageConfig(userConfig(request), image?.config);
  if ((config.Entrypoint ?? []).length === 0 && (config.Cmd ?? []).length === 0) return noCommandSpecified();
  return config;
}

/** Everything {@link newContainerRecord} needs besides the request. */
export interface NewContainer {
  readonly id: string;
  /** Stored form, with its `/`. */
  readonly name: string;
  readonly config: ContainerConfig;
  readonly image: ResolvedImage | undefined;
  readonly hostConfig: HostConfig;
  readonly now: number;
  readonly seq: number;
  /** The daemon host's name (the hostname of `--network host` containers). */
  readonly hostHostname: string;
  readonly endpoints: { readonly [network: string]: ContainerEndpoint };
  /** The whole `NetworkSettings`, when the network layer computed it (else built from `endpoints`). */
  readonly networkSettings?: ContainerNetworkSettings;
}

/** A freshly created container (moby `newContainer`). */
export function newContainerRecord(input: NewContainer): ContainerRecord {
  const { id, config, hostConfig } = input;
  const hostname = config.Hostname || (hostConfig.NetworkMode === 'host' ? input.hostHostname : id.slice(0, 12));
  const finalConfig: ContainerConfig = { ...config, Hostname: hostname };
  const { path, args } = entrypointAndArgs(finalConfig);
  return {
    Id: id,
    Created: formatTimestamp(input.now),
    Path: path,
    Args: args,
    State: createdState(),
    Image: input.image?.id ?? '',
    Name: input.name,
    RestartCount: 0,
    Driver: 'overlay2',
    Platform: 'linux',
    MountLabel: '',
    ProcessLabel: '',
    AppArmorProfile: '',
    ExecIDs: null,
    HostConfig: hostConfig,
    Mounts: [],
    Config: finalConfig,
    NetworkSettings: input.networkSettings ?? { Ports: {}, Networks: input.endpoints },
    internal: {
      seq: input.seq,
      manuallyStopped: false,
      exitOnNext: false,
      manuallyRestarted: false,
      restartBackoffMs: 0,
      imageRef: config.Image,
      ...(input.image?.chain ? { layerChain: input.image.chain } : {}),
    },
  };
}

/** True when `value` is a Docker error (narrowing helper for the create pipeline). */
export const failed = (value: unknown): value is DockerError => value instanceof DockerError;

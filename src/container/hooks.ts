/**
 * @module
 * What the container layer asks of the layers it does not own: the image store (resolve an image
 * reference for create, the ancestors for `ps --filter ancestor`), program resolution (which
 * {@link Program} an argv runs inside a container's filesystem), the container's root filesystem,
 * and networking (attach endpoints on start, detach on stop; the process's {@link ProcessNet}).
 * The daemon wires the real services in; {@link NONE_NETWORKING} is Docker's `--network none`.
 */
import type { DockerError } from '../core/errors.js';
import { NetError, type ProcessFs, type ProcessNet, type Program } from '../programs/types.js';
import type { ResolvedImage } from './create.js';
import type { ContainerRecord } from './record.js';

/** The image store, as containers need it. */
export interface ContainerImages {
  /** The image `ref` names (`No such image: …` 404 when none). */
  resolve(ref: string): ResolvedImage | DockerError;
  /** Image ids of `imageId` and every image built on it (for `--filter ancestor`). */
  descendants?(imageId: string): ReadonlySet<string>;
}

/** Why a program cannot start: Docker's exit code (126/127) and the OCI runtime's detail text. */
export interface ProgramNotRunnable {
  readonly exitCode: 126 | 127 | 128;
  readonly detail: string;
}

/** Finds the program an argv runs in a container (PATH lookup, `#!dockersim` markers). */
export interface ProgramResolver {
  resolve(argv: readonly string[], env: { readonly [name: string]: string }, fs: ProcessFs | undefined): Program | ProgramNotRunnable;
}

/** The container's root filesystem: image layers plus its writable layer and mounts. */
export interface ContainerRootfs {
  /** The process view of `record`'s filesystem. */
  open(record: ContainerRecord): ProcessFs | undefined;
}

/** The network layer's part in a container's life. */
export interface ContainerNetworking {
  /** Called when the container starts: connect its endpoints; returns its network stack. */
  attach(record: ContainerRecord): ProcessNet;
  /** Called when it stops: release its endpoints and published ports. */
  detach(record: ContainerRecord): void;
}

/** A network stack with nothing but loopback and no peers: Docker's `none` network. */
export function noneNet(): ProcessNet {
  return {
    listen: () => {
      throw new NetError('EINVAL', 'listening needs the network layer');
    },
    connect: async (host) => {
      throw new NetError('ENETUNREACH', `connect ${host}: network is unreachable`);
    },
    resolve: async (name) => {
      if (name === 'localhost') return ['127.0.0.1'];
      throw new NetError('ENOTFOUND', `getaddrinfo ENOTFOUND ${name}`);
    },
    nameserver: '127.0.0.11',
    interfaces: () => [{ name: 'lo', address: '127.0.0.1', prefixLength: 8 }],
  };
}

/** `--network none`: containers get loopback only. */
export const NONE_NETWORKING: ContainerNetworking = {
  attach: () => noneNet(),
  detach: () => undefined,
};

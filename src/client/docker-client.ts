/**
 * @module
 * `DockerClient`: one typed API over a Docker daemon, with two transports — in-process (a world's
 * daemon, directly) and HTTP (the Engine API over fetch). Methods are the Engine API's operations
 * (camelCase operationIds); results are the Engine API's wire shapes.
 */
import type { BuildApi } from './build-api.js';
import type { ContainerApi } from './container-api.js';
import type { DiskApi } from './disk-api.js';
import type { ImageApi } from './image-api.js';
import type { NetworkApi } from './network-api.js';
import type { SystemApi } from './system-api.js';
import type { VolumeApi } from './volume-api.js';

/** A client of one Docker daemon. */
export interface DockerClient extends SystemApi, ImageApi, ContainerApi, NetworkApi, VolumeApi, DiskApi, BuildApi {}

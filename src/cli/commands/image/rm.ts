/**
 * @module
 * The grammar of `docker image rm` (docker CLI 28.2): `docker rmi` under the image command, also
 * called `rmi` and `remove` (docker/cli `image/remove.go` `newRemoveCommand`).
 */
import type { DockerCommand } from '../../invocation.js';
import { rmiCommand } from './rmi.js';

/** `docker image rm`: Remove one or more images */
export const imageRmCommand: DockerCommand = { ...rmiCommand, use: 'rm [OPTIONS] IMAGE [IMAGE...]', aliases: ['rmi', 'remove'] };

/**
 * @module
 * The grammar of `docker image ls` (docker CLI 28.2): `docker images` under the image command,
 * also called `list` (docker/cli `image/list.go` `newListCommand`).
 */
import type { DockerCommand } from '../../invocation.js';
import { imagesCommand } from './images.js';

/** `docker image ls`: List images */
export const imageLsCommand: DockerCommand = { ...imagesCommand, use: 'ls [OPTIONS] [REPOSITORY[:TAG]]', aliases: ['list'] };

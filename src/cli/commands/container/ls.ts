/**
 * @module
 * The grammar of `docker container ls` (docker CLI 28.2): `docker ps` under the container
 * command, also called `list` and `ps` (docker/cli `container/list.go` `newListCommand`).
 */
import type { DockerCommand } from '../../invocation.js';
import { psCommand } from './ps.js';

/** `docker container ls`: List containers */
export const containerLsCommand: DockerCommand = { ...psCommand, use: 'ls [OPTIONS]', aliases: ['ps', 'list'] };

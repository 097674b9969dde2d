/**
 * @module
 * `docker compose`: a CLI plugin in real docker (absent from docker 28.2's own tree, so hidden
 * from help here too). Its arguments pass through unparsed, as cobra does for plugins; the
 * compose layer's grammar and handlers (commands/compose/) take them from there.
 */
import type { DockerCommand } from '../invocation.js';
import { composeHandler } from './compose/dispatch.js';

/** `docker compose`: Docker Compose */
export const composeCommand: DockerCommand = {
  use: 'compose',
  short: 'Docker Compose',
  hidden: true,
  disableFlagParsing: true,
  run: composeHandler,
};

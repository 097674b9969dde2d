/**
 * @module
 * The grammar of `docker` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { flag } from '../grammar/flag.js';
import type { DockerCommand } from '../invocation.js';
import { legacy } from '../grammar/command.js';
import { bakeCommand } from './builder/bake.js';
import { builderCommand } from './builder/index.js';
import { composeCommand } from './compose.js';
import { checkpointCommand } from './checkpoint.js';
import { configCommand } from './config.js';
import { attachCommand } from './container/attach.js';
import { commitCommand } from './container/commit.js';
import { cpCommand } from './container/cp.js';
import { createCommand } from './container/create.js';
import { diffCommand } from './container/diff.js';
import { execCommand } from './container/exec.js';
import { exportCommand } from './container/export.js';
import { containerCommand } from './container/index.js';
import { killCommand } from './container/kill.js';
import { logsCommand } from './container/logs.js';
import { pauseCommand } from './container/pause.js';
import { portCommand } from './container/port.js';
import { psCommand } from './container/ps.js';
import { renameCommand } from './container/rename.js';
import { restartCommand } from './container/restart.js';
import { rmCommand } from './container/rm.js';
import { runCommand } from './container/run.js';
import { startCommand } from './container/start.js';
import { statsCommand } from './container/stats.js';
import { stopCommand } from './container/stop.js';
import { topCommand } from './container/top.js';
import { unpauseCommand } from './container/unpause.js';
import { updateCommand } from './container/update.js';
import { waitCommand } from './container/wait.js';
import { contextCommand } from './context/index.js';
import { buildCommand } from './image/build.js';
import { historyCommand } from './image/history.js';
import { imagesCommand } from './image/images.js';
import { importCommand } from './image/import.js';
import { imageCommand } from './image/index.js';
import { loadCommand } from './image/load.js';
import { pullCommand } from './image/pull.js';
import { pushCommand } from './image/push.js';
import { rmiCommand } from './image/rmi.js';
import { saveCommand } from './image/save.js';
import { tagCommand } from './image/tag.js';
import { manifestCommand } from './manifest.js';
import { networkCommand } from './network/index.js';
import { nodeCommand } from './node.js';
import { pluginCommand } from './plugin.js';
import { loginCommand } from './registry/login.js';
import { logoutCommand } from './registry/logout.js';
import { searchCommand } from './registry/search.js';
import { secretCommand } from './secret.js';
import { serviceCommand } from './service.js';
import { stackCommand } from './stack.js';
import { swarmCommand } from './swarm.js';
import { eventsCommand } from './system/events.js';
import { systemCommand } from './system/index.js';
import { infoCommand } from './system/info.js';
import { inspectCommand } from './system/inspect.js';
import { versionCommand } from './system/version.js';
import { trustCommand } from './trust.js';
import { volumeCommand } from './volume/index.js';

/** `docker`: A self-sufficient runtime for containers */
export const rootCommand: DockerCommand = {
  use: 'docker [OPTIONS] COMMAND [ARG...]',
  short: 'A self-sufficient runtime for containers',
  flags: [
    flag.string('config', '', 'Location of client config files', { def: '/root/.docker' }),
    flag.string('context', 'c', 'Name of the context to use to connect to the daemon (overrides DOCKER_HOST env var and default context set with "docker context use")'),
    flag.bool('debug', 'D', 'Enable debug mode'),
    flag.list('host', 'H', 'Daemon socket to connect to'),
    flag.string('log-level', 'l', 'Set the logging level ("debug", "info", "warn", "error", "fatal")', { def: 'info' }),
    flag.bool('tls', '', 'Use TLS; implied by --tlsverify'),
    flag.string('tlscacert', '', 'Trust certs signed only by this CA', { def: '/root/.docker/ca.pem' }),
    flag.string('tlscert', '', 'Path to TLS certificate file', { def: '/root/.docker/cert.pem' }),
    flag.string('tlskey', '', 'Path to TLS key file', { def: '/root/.docker/key.pem' }),
    flag.bool('tlsverify', '', 'Use TLS and verify the remote'),
    flag.bool('version', 'v', 'Print version information and quit'),
  ],
  subcommands: [legacy(attachCommand), buildCommand, builderCommand, checkpointCommand, legacy(commitCommand), composeCommand, configCommand, containerCommand, contextCommand, legacy(cpCommand), legacy(createCommand), legacy(diffCommand), legacy(eventsCommand), execCommand, legacy(exportCommand), legacy(historyCommand), imageCommand, imagesCommand, legacy(importCommand), infoCommand, legacy(inspectCommand), legacy(killCommand), legacy(loadCommand), loginCommand, logoutCommand, legacy(logsCommand), manifestCommand, networkCommand, nodeCommand, legacy(pauseCommand), pluginCommand, legacy(portCommand), psCommand, pullCommand, pushCommand, legacy(renameCommand), legacy(restartCommand), legacy(rmCommand), legacy(rmiCommand), runCommand, legacy(saveCommand), searchCommand, secretCommand, serviceCommand, stackCommand, legacy(startCommand), legacy(statsCommand), legacy(stopCommand), swarmCommand, systemCommand, legacy(tagCommand), legacy(topCommand), trustCommand, legacy(unpauseCommand), legacy(updateCommand), versionCommand, volumeCommand, legacy(waitCommand), bakeCommand],
};

/**
 * @module
 * The grammar of `docker plugin create`, `docker plugin disable`, `docker plugin enable`, `docker plugin inspect`, `docker plugin install`, `docker plugin ls`, `docker plugin push`, `docker plugin rm`, `docker plugin set`, `docker plugin upgrade`, `docker plugin` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { noArgs, minArgs, exactArgs, rangeArgs } from '../grammar/args.js';
import { flag } from '../grammar/flag.js';
import { FORMAT_HELP, INSPECT_FORMAT_HELP } from './format-help.js';
import type { DockerCommand } from '../invocation.js';

/** `docker plugin create`: Create a plugin from a rootfs and configuration. Plugin data directory must contain config.json and rootfs directory. */
export const pluginCreateCommand: DockerCommand = {
  use: 'create [OPTIONS] PLUGIN PLUGIN-DATA-DIR',
  short: 'Create a plugin from a rootfs and configuration. Plugin data directory must contain config.json and rootfs directory.',
  args: minArgs(2),
  flags: [
    flag.bool('compress', '', 'Compress the context using gzip'),
  ],
};

/** `docker plugin disable`: Disable a plugin */
export const pluginDisableCommand: DockerCommand = {
  use: 'disable [OPTIONS] PLUGIN',
  short: 'Disable a plugin',
  args: exactArgs(1),
  flags: [
    flag.bool('force', 'f', 'Force the disable of an active plugin'),
  ],
};

/** `docker plugin enable`: Enable a plugin */
export const pluginEnableCommand: DockerCommand = {
  use: 'enable [OPTIONS] PLUGIN',
  short: 'Enable a plugin',
  args: exactArgs(1),
  flags: [
    flag.int('timeout', '', 'HTTP client timeout (in seconds)', { def: '30' }),
  ],
};

/** `docker plugin inspect`: Display detailed information on one or more plugins */
export const pluginInspectCommand: DockerCommand = {
  use: 'inspect [OPTIONS] PLUGIN [PLUGIN...]',
  short: 'Display detailed information on one or more plugins',
  args: minArgs(1),
  flags: [
    flag.string('format', 'f', INSPECT_FORMAT_HELP),
  ],
};

/** `docker plugin install`: Install a plugin */
export const pluginInstallCommand: DockerCommand = {
  use: 'install [OPTIONS] PLUGIN [KEY=VALUE...]',
  short: 'Install a plugin',
  args: minArgs(1),
  flags: [
    flag.string('alias', '', 'Local name for plugin'),
    flag.bool('disable', '', 'Do not enable the plugin on install'),
    flag.bool('disable-content-trust', '', 'Skip image verification', { def: 'true' }),
    flag.bool('grant-all-permissions', '', 'Grant all permissions necessary to run the plugin'),
  ],
};

/** `docker plugin ls`: List plugins */
export const pluginLsCommand: DockerCommand = {
  use: 'ls [OPTIONS]',
  short: 'List plugins',
  aliases: ['list'],
  args: noArgs,
  flags: [
    flag.filter('filter', 'f', 'Provide filter values (e.g. "enabled=true")'),
    flag.string('format', '', FORMAT_HELP),
    flag.bool('no-trunc', '', 'Don\'t truncate output'),
    flag.bool('quiet', 'q', 'Only display plugin IDs'),
  ],
};

/** `docker plugin push`: Push a plugin to a registry */
export const pluginPushCommand: DockerCommand = {
  use: 'push [OPTIONS] PLUGIN[:TAG]',
  short: 'Push a plugin to a registry',
  args: exactArgs(1),
  flags: [
    flag.bool('disable-content-trust', '', 'Skip image signing', { def: 'true' }),
  ],
};

/** `docker plugin rm`: Remove one or more plugins */
export const pluginRmCommand: DockerCommand = {
  use: 'rm [OPTIONS] PLUGIN [PLUGIN...]',
  short: 'Remove one or more plugins',
  aliases: ['remove'],
  args: minArgs(1),
  flags: [
    flag.bool('force', 'f', 'Force the removal of an active plugin'),
  ],
};

/** `docker plugin set`: Change settings for a plugin */
export const pluginSetCommand: DockerCommand = {
  use: 'set PLUGIN KEY=VALUE [KEY=VALUE...]',
  short: 'Change settings for a plugin',
  args: minArgs(2),
};

/** `docker plugin upgrade`: Upgrade an existing plugin */
export const pluginUpgradeCommand: DockerCommand = {
  use: 'upgrade [OPTIONS] PLUGIN [REMOTE]',
  short: 'Upgrade an existing plugin',
  args: rangeArgs(1, 2),
  flags: [
    flag.bool('disable-content-trust', '', 'Skip image verification', { def: 'true' }),
    flag.bool('grant-all-permissions', '', 'Grant all permissions necessary to run the plugin'),
    flag.bool('skip-remote-check', '', 'Do not check if specified remote plugin matches existing plugin image'),
  ],
};

/** `docker plugin`: Manage plugins */
export const pluginCommand: DockerCommand = {
  use: 'plugin',
  short: 'Manage plugins',
  args: noArgs,
  subcommands: [pluginCreateCommand, pluginDisableCommand, pluginEnableCommand, pluginInspectCommand, pluginInstallCommand, pluginLsCommand, pluginPushCommand, pluginRmCommand, pluginSetCommand, pluginUpgradeCommand],
};

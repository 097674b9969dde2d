/**
 * @module
 * `dockersim/cli`: the docker CLI emulator over {@link DockerClient}: docker's command lines and
 * docker's exact output formats. Browser-safe.
 *
 * ```ts
 * import { createWorld } from 'dockersim';
 * import { runDocker } from 'dockersim/cli';
 * const world = createWorld({ seed: 42 });
 * const { stdout, exitCode } = await runDocker('docker version', { client: world.client(), now: () => world.clock.now() });
 * ```
 */
export { runDocker, streamDocker, type RunDockerOptions, type DockerStreams, type DockerResult } from './run-docker.js';
export { executeDocker } from './execute.js';
export { Session, defaultContext, type SessionOptions } from './session.js';
export type { DockerCli, Invocation, CommandHandler, DockerCommand, CliContext, CliHost } from './invocation.js';
export { inputFrom, outputTo, CollectedOutput, type CliInput } from './io.js';
export { StatusError, errorText, exitStatus, withHelp, runStatusError } from './errors.js';
export { shellWords, ShellSyntaxError } from './tokenize.js';
export { dockerTree, configDir, HELP_FLAG } from './tree.js';

// Grammar: commands, flags, parsing, help.
export { CommandNode, legacy, nameOf, type CommandSpec, type CommandAnnotations } from './grammar/command.js';
export { flag, typeName, FlagValueError, type FlagSpec, type FlagKind, type FlagValue, type FlagValidator, type FlagAnnotations, type FilterArgs, type StringMap } from './grammar/flag.js';
export { parseFlags, flagDisplayName, FlagParseError, type FlagParse, type ParseOptions } from './grammar/pflag.js';
export { ParsedFlags } from './grammar/parsed-flags.js';
export { checkArgs, noArgs, anyArgs, minArgs, maxArgs, exactArgs, rangeArgs, cobraExactArgs, type ArgsRule, type ArgsContext } from './grammar/args.js';
export { renderUsage, isAvailable, type UsageOptions } from './grammar/usage.js';
export { flagUsages } from './grammar/flag-usages.js';
export { OFFLINE, DOCKERSIM_DAEMON, hiddenByDaemon, type ServerFeatures } from './grammar/features.js';
export * from './grammar/validators.js';
export { parseGoDuration, formatGoDuration, GoDurationError } from './grammar/go-duration.js';
export { parseGoInt, parseGoUint, parseGoBool, parseGoFloat, goQuote, goQuoteRune, GoParseError } from './grammar/go-strconv.js';

// Output formats.
export { tabwrite, TABLE_WRITER, VERSION_WRITER, type TabWriterOptions } from './format/tabwriter.js';
export { formatVersion, emulatedClientVersion, type ClientVersion } from './format/version.js';
export { formatAnsic } from './format/go-time.js';
export { humanDuration, humanSize, humanSizeWithPrecision, bytesSize, ramInBytes, fromHumanSize, SizeError } from './format/units.js';
export { formatFloatG, formatFloatF, formatFloatV } from './format/go-float.js';

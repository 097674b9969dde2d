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
export { Session, defaultContext, contextNotFound, type SessionOptions } from './session.js';
export { parseDockerTimestamp, TimestampError } from './timestamp.js';
export type { DockerCli, Invocation, CommandHandler, DockerCommand, CliContext, CliHost, CliConfig } from './invocation.js';
export { inputFrom, outputTo, CollectedOutput, type CliInput } from './io.js';
export { StatusError, errorText, exitStatus, withHelp, runStatusError } from './errors.js';
export { shellWords, ShellSyntaxError } from './tokenize.js';
export { dockerTree, configDir, HELP_FLAG } from './tree.js';

// The simulated host's shell: bash with docker, docker-compose, curl and open on the PATH.
export { HostSession, type HostSessionOptions } from './host/host-session.js';
export { TerminalInput } from './host/terminal.js';
export { completeLine, type Completion, type CompletionContext } from './host/completion.js';

// Grammar: commands, flags, parsing, help.
export { CommandNode, legacy, nameOf, type CommandSpec, type CommandAnnotations } from './grammar/command.js';
export { flag, typeName, FlagValueError, type FlagExtra, type FlagSpec, type FlagKind, type FlagValue, type FlagValidator, type FlagAnnotations, type FilterArgs, type StringMap } from './grammar/flag.js';
export { parseFlags, flagDisplayName, FlagParseError, type FlagParse, type ParseOptions } from './grammar/pflag.js';
export { ParsedFlags } from './grammar/parsed-flags.js';
export { checkArgs, noArgs, anyArgs, minArgs, maxArgs, exactArgs, rangeArgs, cobraExactArgs, type ArgsRule, type ArgsContext } from './grammar/args.js';
export { renderUsage, isAvailable, type UsageOptions } from './grammar/usage.js';
export { flagUsages } from './grammar/flag-usages.js';
export { OFFLINE, DOCKERSIM_DAEMON, hiddenByDaemon, type ServerFeatures } from './grammar/features.js';
export * from './grammar/validators.js';
export { parseGoDuration, formatGoDuration, GoDurationError } from './grammar/go-duration.js';
export { parseGoInt, parseGoUint, parseGoBool, parseGoFloat, goQuote, goQuoteRune, GoParseError } from './grammar/go-strconv.js';

// Go templates, as docker's --format flags run them.
export { GoTemplate, DOCKER_TEMPLATE_FUNCS } from './template/template.js';
export { TemplateParseError, parseTemplate, type TreeSet } from './template/parse.js';
export type { ListNode, TreeNode, ArgNode, PipeNode, CommandNode as TemplateCommandNode } from './template/nodes.js';
export { TemplateExecError, execute, type ExecOptions } from './template/exec.js';
export { BUILTIN_FUNCS, DOCKER_FUNCS, HEADER_FUNCS, FuncError, type TemplateFunc, type ParamType } from './template/funcs.js';
export { NO_VALUE, GO_TYPE, GO_MAP, isTrue, printValue, goTypeName, type GoStruct } from './template/values.js';
export { sprintf, sprint, sprintln } from './template/printf.js';

// Output formats.
export { tabwrite, TABLE_WRITER, VERSION_WRITER, type TabWriterOptions } from './format/tabwriter.js';
export { formatVersion, renderVersion, emulatedClientVersion, type ClientVersion, type VersionOutput } from './format/version.js';
export { formatAnsic, goTimeString, goRfc3339Nano } from './format/go-time.js';
export { humanDuration, humanSize, humanSizeWithPrecision, bytesSize, ramInBytes, fromHumanSize, SizeError } from './format/units.js';
export { formatFloatG, formatFloatF, formatFloatV } from '../core/go-float.js';
export { goJson, goJsonString, looksLikeStruct, JSON_STRUCT, type GoJsonOptions } from './format/go-json.js';
export {
  writeRows,
  rowContext,
  headerContext,
  templateOf,
  parseFormat,
  executeFormat,
  ellipsis,
  joinLabels,
  isTableFormat,
  FormatError,
  TABLE_FORMAT_KEY,
  RAW_FORMAT_KEY,
  JSON_FORMAT_KEY,
  DEFAULT_QUIET_FORMAT,
  type HeaderMap,
  type RowContext,
} from './format/formatter.js';
export { formatContainers, containerContext, containerFormat, formatUsesSize, DEFAULT_CONTAINER_TABLE_FORMAT, type ContainerSummary, type ContainerListOptions } from './format/container.js';
export { displayablePorts, joinHostPort, type PortSummary } from './format/ports.js';
export { formatImages, imageFormat, isDangling, type ImageSummary, type ImageListOptions } from './format/image.js';
export { formatHistory, historyFormat, type HistoryItem, type HistoryOptions } from './format/history.js';
export { formatNetworks, networkFormat, type NetworkSummary } from './format/network.js';
export { formatVolumes, volumeFormat, type VolumeSummary } from './format/volume.js';
export { formatStats, statsEntry, type StatsEntry, type StatsSample } from './format/stats.js';
export { formatDiskUsage, type DiskUsage, type BuildCacheRecord } from './format/disk-usage.js';
export { formatContexts, type ContextRow } from './format/context-list.js';
export { prettyInfo, formatInfo, infoContext, type InfoOutput } from './format/info.js';
export { inspectOutput, type InspectOutput } from './format/inspect.js';
export { prettyEvent, eventContext, rfc3339NanoFixed, EMPTY_EVENT } from './format/events.js';
export { familiarName, splitReference, type ReferenceParts } from './format/reference.js';
export { naturalLess, byNaturalName } from './format/natural-sort.js';

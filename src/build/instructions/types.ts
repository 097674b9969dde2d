/**
 * @module
 * Typed Dockerfile instructions (BuildKit `frontend/dockerfile/instructions/commands.go`), as the
 * builder consumes them: arguments interpreted (exec vs shell form, key/value pairs, flags), but
 * variables not yet substituted — that happens per step, with the environment of that step.
 * See https://docs.docker.com/reference/dockerfile/.
 */

/** Where an instruction came from in the Dockerfile. */
export interface InstructionSource {
  /** The keyword as written (`RUN`, `run`). */
  readonly keyword: string;
  /** The instruction's text, continuations joined and trimmed (what `Step i/N :` prints). */
  readonly code: string;
  /** First line, 1-based. */
  readonly line: number;
  /** Last line (heredoc bodies included). */
  readonly endLine: number;
  /** Comment lines directly above it. */
  readonly comments: readonly string[];
}

/** A `key=value` pair of ENV or LABEL; `noDelim` when written in the legacy `KEY value` form. */
export interface KeyValuePair {
  /** The name (not yet expanded). */
  readonly key: string;
  /** The value, quotes still in place until expanded. */
  readonly value: string;
  /** True for the legacy `ENV KEY value` form. */
  readonly noDelim: boolean;
}

/** An ARG name with its optional default. */
export interface ArgDefinition {
  /** The name. */
  readonly key: string;
  /** The default value; undefined when the ARG has none. */
  readonly value?: string;
  /** The `# NAME description` comment above it, if any. */
  readonly docComment: string;
}

/** A heredoc turned into a file by COPY/ADD (`COPY <<EOF /dest`). */
export interface SourceContent {
  /** The heredoc name, which is the file's name. */
  readonly path: string;
  /** The content (leading tabs already chomped for `<<-`). */
  readonly data: string;
  /** Whether variables in the content are expanded (unquoted heredoc name). */
  readonly expand: boolean;
}

/** A heredoc given to RUN's shell (`RUN <<EOF`). */
export interface ShellInlineFile {
  /** The heredoc name. */
  readonly name: string;
  /** The content, as written. */
  readonly data: string;
  /** True for `<<-` (strip leading tabs). */
  readonly chomp: boolean;
}

/** A command line of RUN, CMD or ENTRYPOINT. */
export interface CommandLine {
  /** The arguments: one string in shell form, the elements in exec form; null for `ENTRYPOINT []`. */
  readonly cmdLine: readonly string[] | null;
  /** True in shell form: the stage's SHELL (`/bin/sh -c`) is prepended when the command runs. */
  readonly prependShell: boolean;
  /** Heredocs attached to the line. */
  readonly files: readonly ShellInlineFile[];
}

/** A `RUN --mount=…` (BuildKit-only; the classic builder refuses RUN flags). */
export interface RunMount {
  /** `bind` (default), `cache`, `tmpfs`, `secret` or `ssh`. */
  readonly type: 'bind' | 'cache' | 'tmpfs' | 'secret' | 'ssh';
  /** `from=`: a stage or image to mount from. */
  readonly from: string;
  /** `source=`/`src=`. */
  readonly source: string;
  /** `target=`/`dst=`/`destination=`. */
  readonly target: string;
  /** Read-only (bind and secret mounts default to true). */
  readonly readOnly: boolean;
  /** `size=` of a tmpfs, in bytes (0 when unset). */
  readonly sizeLimit: number;
  /** `id=` of a cache or secret. */
  readonly cacheId: string;
  /** `sharing=` of a cache: `shared`, `private` or `locked` (`""` when unset). */
  readonly cacheSharing: '' | 'shared' | 'private' | 'locked';
  /** `required` for secret and ssh mounts. */
  readonly required: boolean;
  /** `env=` of a secret. */
  readonly env?: string;
  /** `mode=` (octal in the Dockerfile). */
  readonly mode?: number;
  /** `uid=`. */
  readonly uid?: number;
  /** `gid=`. */
  readonly gid?: number;
}

/** The Engine API's `HealthConfig`: durations in nanoseconds, 0 meaning "inherit". */
export interface HealthConfig {
  /** `["NONE"]`, `["CMD", …]` or `["CMD-SHELL", command]`. */
  readonly Test: readonly string[];
  /** `--interval`. */
  readonly Interval: number;
  /** `--timeout`. */
  readonly Timeout: number;
  /** `--start-period`. */
  readonly StartPeriod: number;
  /** `--start-interval`. */
  readonly StartInterval: number;
  /** `--retries`. */
  readonly Retries: number;
}

/** What ADD and COPY share (BuildKit `SourcesAndDest` and the common flags). */
export interface SourcesAndDest extends InstructionSource {
  /** Source paths, globs (or, for ADD, URLs), not yet expanded. */
  readonly sources: readonly string[];
  /** Heredoc sources. */
  readonly contents: readonly SourceContent[];
  /** The destination. */
  readonly dest: string;
  /** `--chown=user:group`. */
  readonly chown: string;
  /** `--chmod=mode` (BuildKit only). */
  readonly chmod: string;
  /** `--link` (BuildKit only). */
  readonly link: boolean;
  /** `--exclude` patterns (BuildKit only). */
  readonly exclude: readonly string[];
}

/** `ADD [--chown] [--chmod] [--link] [--checksum] [--keep-git-dir] [--unpack] [--exclude] src… dest`. */
export interface AddInstruction extends SourcesAndDest {
  readonly instruction: 'ADD';
  /** `--checksum=sha256:…` for URL sources. */
  readonly checksum: string;
  /** `--keep-git-dir`, when given. */
  readonly keepGitDir?: boolean;
  /** `--unpack`, when given. */
  readonly unpack?: boolean;
}

/** `COPY [--from] [--chown] [--chmod] [--link] [--parents] [--exclude] src… dest`. */
export interface CopyInstruction extends SourcesAndDest {
  readonly instruction: 'COPY';
  /** `--from=stage|index|image` (never expanded by the classic builder). */
  readonly from: string;
  /** `--parents` (BuildKit only). */
  readonly parents: boolean;
}

/** `RUN [--mount] [--network] [--security] command`. */
export interface RunInstruction extends InstructionSource, CommandLine {
  readonly instruction: 'RUN';
  /** The flags given, in order (the classic builder refuses the first). */
  readonly flagsUsed: readonly string[];
  /** The raw `--mount` values, to be parsed again with variables substituted. */
  readonly mountSpecs: readonly string[];
  /** The mounts as parsed before substitution (only `from=` is checked at that stage). */
  readonly mounts: readonly RunMount[];
  /** `--network`: `default`, `none` or `host`. */
  readonly network: 'default' | 'none' | 'host';
  /** `--security`: `sandbox` or `insecure`. */
  readonly security: 'sandbox' | 'insecure';
}

/** `CMD command`. */
export interface CmdInstruction extends InstructionSource, CommandLine {
  readonly instruction: 'CMD';
}

/** `ENTRYPOINT command`. */
export interface EntrypointInstruction extends InstructionSource, CommandLine {
  readonly instruction: 'ENTRYPOINT';
}

/** `SHELL ["executable", "parameters"]`. */
export interface ShellInstruction extends InstructionSource {
  readonly instruction: 'SHELL';
  /** The new shell, e.g. `["/bin/bash", "-c"]`. */
  readonly shell: readonly string[];
}

/** `ENV key=value …`. */
export interface EnvInstruction extends InstructionSource {
  readonly instruction: 'ENV';
  /** The variables, in order. */
  readonly env: readonly KeyValuePair[];
}

/** `LABEL key=value …` (also made from `docker build --label`). */
export interface LabelInstruction extends InstructionSource {
  readonly instruction: 'LABEL';
  /** The labels, in order. */
  readonly labels: readonly KeyValuePair[];
  /** True for labels from `--label`, whose values are never expanded. */
  readonly noExpand: boolean;
}

/** `ARG name[=default] …`. */
export interface ArgInstruction extends InstructionSource {
  readonly instruction: 'ARG';
  /** The arguments declared. */
  readonly args: readonly ArgDefinition[];
}

/** `MAINTAINER name` (deprecated). */
export interface MaintainerInstruction extends InstructionSource {
  readonly instruction: 'MAINTAINER';
  /** The author text. */
  readonly maintainer: string;
}

/** `ONBUILD instruction`. */
export interface OnbuildInstruction extends InstructionSource {
  readonly instruction: 'ONBUILD';
  /** The trigger as stored in the image's `OnBuild` (`RUN echo hi`), heredocs appended. */
  readonly expression: string;
}

/** `WORKDIR path`. */
export interface WorkdirInstruction extends InstructionSource {
  readonly instruction: 'WORKDIR';
  /** The path (relative paths are relative to the current WORKDIR). */
  readonly path: string;
}

/** `EXPOSE port[/proto] …`. */
export interface ExposeInstruction extends InstructionSource {
  readonly instruction: 'EXPOSE';
  /** The port specs as written, sorted (BuildKit sorts them at parse time). */
  readonly ports: readonly string[];
}

/** `USER user[:group]`. */
export interface UserInstruction extends InstructionSource {
  readonly instruction: 'USER';
  /** The user. */
  readonly user: string;
}

/** `VOLUME path …`. */
export interface VolumeInstruction extends InstructionSource {
  readonly instruction: 'VOLUME';
  /** The mount points, trimmed. */
  readonly volumes: readonly string[];
}

/** `STOPSIGNAL signal`. */
export interface StopSignalInstruction extends InstructionSource {
  readonly instruction: 'STOPSIGNAL';
  /** The signal name or number. */
  readonly signal: string;
}

/** `HEALTHCHECK [options] CMD command` or `HEALTHCHECK NONE`. */
export interface HealthcheckInstruction extends InstructionSource {
  readonly instruction: 'HEALTHCHECK';
  /** The health config; `Test` is `["NONE"]` for HEALTHCHECK NONE. */
  readonly health: HealthConfig;
}

/** Any instruction that can appear inside a build stage. */
export type Instruction =
  | AddInstruction
  | ArgInstruction
  | CmdInstruction
  | CopyInstruction
  | EntrypointInstruction
  | EnvInstruction
  | ExposeInstruction
  | HealthcheckInstruction
  | LabelInstruction
  | MaintainerInstruction
  | OnbuildInstruction
  | RunInstruction
  | ShellInstruction
  | StopSignalInstruction
  | UserInstruction
  | VolumeInstruction
  | WorkdirInstruction;

/** A build stage: a FROM line and the instructions after it. */
export interface Stage {
  /** The stage name, lower-cased (`""` when unnamed). */
  readonly name: string;
  /** The FROM image or stage, not yet expanded (`node:${VERSION}`). */
  readonly baseName: string;
  /** `--platform=…`, not yet expanded (`""` when unset). */
  readonly platform: string;
  /** The FROM keyword as written. */
  readonly keyword: string;
  /** The FROM line's text, trimmed (what `Step i/N :` prints). */
  readonly code: string;
  /** The FROM line, 1-based. */
  readonly line: number;
  /** The instructions of the stage, in order. */
  readonly commands: readonly Instruction[];
  /** Comment lines directly above the FROM. */
  readonly comments: readonly string[];
  /** The `# name description` comment, if any. */
  readonly docComment: string;
}

/** A whole Dockerfile: the global ARGs before the first FROM, and the stages. */
export interface DockerfileStages {
  /** The ARG instructions before the first FROM (usable in FROM lines only, unless redeclared). */
  readonly metaArgs: readonly ArgInstruction[];
  /** The stages, in order. */
  readonly stages: readonly Stage[];
  /** The escape character in effect. */
  readonly escapeToken: string;
}

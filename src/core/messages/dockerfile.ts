/**
 * @module
 * Messages of the Dockerfile front end: the parser, the instruction checks and variable
 * substitution, worded as BuildKit's `frontend/dockerfile` (which the classic builder vendors).
 * All are `InvalidParameter`: the daemon answers them with 400. Instruction errors are wrapped as
 * `dockerfile parse error on line N: <detail>`; low-level parse errors as
 * `failed to parse Dockerfile: <detail>` (moby `remotecontext/detect.go`).
 */
import { DockerError } from '../errors.js';

const invalid = (message: string): DockerError => new DockerError('InvalidParameter', message);

/**
 * A Dockerfile error that knows where it is: the message is Docker's, `line` is the 1-based line
 * of the instruction (0 when Docker reports no line), `detail` the message without its prefix.
 */
export class DockerfileError extends DockerError {
  /** The 1-based line the error is about; 0 when unknown. */
  readonly line: number;
  /** The message without Docker's `dockerfile parse error on line N: ` style prefix. */
  readonly detail: string;

  constructor(message: string, detail: string, line: number) {
    super('InvalidParameter', message);
    this.name = 'DockerfileError';
    this.detail = detail;
    this.line = line;
  }
}

/** `dockerfile parse error on line N: <detail>` (BuildKit `instructions.Parse`). */
export const dockerfileParseError = (line: number, detail: string): DockerfileError =>
  new DockerfileError(`dockerfile parse error on line ${line}: ${detail}`, detail, line);

/** `failed to parse Dockerfile: <detail>` for errors of the low-level parser (classic builder). */
export const dockerfileSyntaxError = (name: string, detail: string, line: number): DockerfileError =>
  new DockerfileError(`failed to parse ${name}: ${detail}`, detail, line);

/** An instruction other than ARG before the first FROM (no `dockerfile parse error` prefix here). */
export const noBuildStage = (line: number): DockerfileError =>
  new DockerfileError('no build stage in current context', 'no build stage in current context', line);

/** `the Dockerfile (Dockerfile) cannot be empty` (a zero-byte file, checked before parsing). */
export const dockerfileEmpty = (name: string): DockerError => invalid(`the Dockerfile (${name}) cannot be empty`);

/** A file whose lines are all blank or comments. */
export const fileWithNoInstructions = (): DockerError => invalid('file with no instructions');

/** A heredoc whose terminator never comes. */
export const unterminatedHeredoc = (): DockerError => invalid('unterminated heredoc');

/** A line longer than Go's scanner buffer. */
export const dockerfileLineTooLong = (): DockerError => invalid('dockerfile line greater than max allowed size of 65535');

/** `# escape=` with something other than `\` or `` ` ``. */
export const invalidEscapeToken = (token: string): DockerError => invalid(`invalid escape token '${token}' does not match \` or \\`);

/** A parser directive given twice. */
export const duplicateDirective = (name: string): DockerError => invalid(`only one ${name} parser directive can be used`);

/** A JSON-form argument list with a non-string element. */
export const jsonArrayNotStrings = (): DockerError =>
  invalid('when using JSON array syntax, arrays must be comprised of strings only');

/** `ENV PATH` (legacy form without a value). */
export const mustHaveTwoArguments = (instruction: string): DockerError => invalid(`${instruction} must have two arguments`);

/** `ENV a=1 b` (one word of the `=` form without `=`); `quoted` is the Go-quoted word. */
export const missingEquals = (quoted: string): DockerError =>
  invalid(`Syntax error - can't find = in ${quoted}. Must be of the form: name=value`);

/** An instruction Docker does not know; `suggestion` is the "did you mean" tail, if any. */
export const unknownInstruction = (instruction: string, suggestion = ''): DockerError =>
  invalid(`unknown instruction: ${instruction}${suggestion}`);

/** `X requires at least one argument`. */
export const atLeastOneArgument = (instruction: string): DockerError => invalid(`${instruction} requires at least one argument`);

/** `X requires exactly one argument`. */
export const exactlyOneArgument = (instruction: string): DockerError => invalid(`${instruction} requires exactly one argument`);

/** COPY/ADD with a single argument. */
export const noDestinationArgument = (instruction: string): DockerError =>
  invalid(`${instruction} requires at least two arguments, but only one was provided. Destination could not be determined`);

/** A heredoc where it cannot be used (`COPY a <<EOF`). */
export const badHeredoc = (instruction: string, option: string): DockerError =>
  invalid(`${instruction} cannot accept a heredoc as ${option}`);

/** `ENV =x`, `LABEL =x`, `ARG =x`. */
export const blankNames = (instruction: string): DockerError => invalid(`${instruction} names can not be blank`);

/** Internal inconsistency of key/value triples. */
export const tooManyArguments = (instruction: string): DockerError => invalid(`Bad input to ${instruction}, too many arguments`);

/** `FROM a b`. */
export const fromArguments = (): DockerError => invalid('FROM requires either one or three arguments');

/** `FROM x AS 1bad`; `quoted` is the Go-quoted name as written. */
export const invalidStageName = (quoted: string): DockerError =>
  invalid(`invalid name for build stage: ${quoted}, name can't start with a number or contain symbols`);

/** `ONBUILD ONBUILD …`. */
export const onbuildChaining = (): DockerError => invalid('Chaining ONBUILD via `ONBUILD ONBUILD` isn\'t allowed');

/** `ONBUILD FROM …` / `ONBUILD MAINTAINER …`. */
export const onbuildTriggerNotAllowed = (instruction: string): DockerError =>
  invalid(`${instruction} isn't allowed as an ONBUILD trigger`);

/** `HEALTHCHECK NONE x`. */
export const healthcheckNoneArguments = (): DockerError => invalid('HEALTHCHECK NONE takes no arguments');

/** `HEALTHCHECK CMD` with nothing after it. */
export const healthcheckMissingCommand = (): DockerError => invalid('Missing command after HEALTHCHECK CMD');

/** `HEALTHCHECK FOO …`; `quoted` is the Go-quoted type. */
export const healthcheckUnknownType = (quoted: string): DockerError => invalid(`Unknown type ${quoted} in HEALTHCHECK (try CMD)`);

/** A HEALTHCHECK duration below 1ms; `quoted` is the Go-quoted flag name. */
export const intervalTooShort = (quoted: string): DockerError => invalid(`Interval ${quoted} cannot be less than 1ms`);

/** `--retries=-1`. */
export const negativeRetries = (value: string): DockerError => invalid(`--retries cannot be negative (${value})`);

/** `VOLUME ""`. */
export const emptyVolume = (): DockerError => invalid('VOLUME specified can not be an empty string');

/** `SHELL sh -c` (not JSON). */
export const shellNotJson = (instruction: string): DockerError => invalid(`${instruction} requires the arguments to be in JSON form`);

/** An instruction flag that is not `--name[=value]`. */
export const flagSyntax = (arg: string): DockerError => invalid(`arg should start with -- : ${arg}`);

/** An unknown instruction flag; `suggestion` is the "did you mean" tail, if any. */
export const unknownFlag = (flag: string, suggestion = ''): DockerError => invalid(`unknown flag: ${flag}${suggestion}`);

/** A flag given twice. */
export const duplicateFlag = (flag: string): DockerError => invalid(`duplicate flag specified: ${flag}`);

/** `--from` without a value, or `--link=`. */
export const missingFlagValue = (flag: string): DockerError => invalid(`missing a value on flag: ${flag}`);

/** `--link=maybe`. */
export const notBoolean = (flag: string, value: string): DockerError =>
  invalid(`expecting boolean value for flag ${flag}, not: ${value}`);

/** `RUN --network=x`; `quoted` is the Go-quoted value. */
export const invalidNetworkMode = (quoted: string): DockerError => invalid(`invalid network mode ${quoted}`);

/** `RUN --security=x`; `quoted` is the Go-quoted value. */
export const invalidSecurity = (quoted: string): DockerError => invalid(`security ${quoted} is not valid`);

/** A bad `RUN --mount` option (BuildKit `commands_runmount.go`); `detail` is its own wording. */
export const invalidMount = (detail: string): DockerError => invalid(detail);

/** A malformed duration or number in an instruction flag (Go's own error text). */
export const invalidFlagValue = (detail: string): DockerError => invalid(detail);

/** A base image's ONBUILD trigger that is not exactly one instruction. */
export const onbuildTriggerNotSingle = (): DockerError => invalid('onbuild trigger should be a single expression');

/** A FROM stored as an ONBUILD trigger (only possible in a hand-made image). */
export const stageNotCommand = (): DockerError => invalid('*instructions.Stage is not a command type');

/** `failed to process "<word>": <reason>` from variable substitution; `quoted` is Go-quoted. */
export const shellLexError = (quoted: string, reason: string): DockerError => invalid(`failed to process ${quoted}: ${reason}`);

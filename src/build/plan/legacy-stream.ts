/**
 * @module
 * The classic builder's output, as the JSON messages of `POST /build` (moby `builder.go`,
 * `internals.go`, `builder/backend`, `streamformatter`): `{"stream":"Step 1/4 : FROM alpine\n"}`,
 * ` ---> Running in <12 hex>`, ` ---> Using cache`, ` ---> <12 hex>`, `{"aux":{"ID":…}}` per stage,
 * `Successfully built …`, `Successfully tagged …`, warnings on stderr (in red), and a final
 * `{"errorDetail":{…},"error":…}` on failure. The docker CLI prints `stream` texts verbatim.
 */

/** One JSON message of a build stream (Engine API `BuildInfo`, field order as Docker sends it). */
export interface BuildMessage {
  /** Output text (build log). */
  readonly stream?: string;
  /** Progress status text (pulls). */
  readonly status?: string;
  /** The error, with the exit code for a failed RUN. */
  readonly errorDetail?: { readonly code?: number; readonly message: string };
  /** Deprecated copy of `errorDetail.message`, still sent. */
  readonly error?: string;
  /** Extra data: the image id of each built stage. */
  readonly aux?: { readonly ID: string };
}

const shortId = (id: string): string => id.replace(/^sha256:/, '').slice(0, 12);
const stream = (text: string): BuildMessage => ({ stream: text });

/** Builders for every line the classic builder writes. */
export const legacy = {
  /** `Step i/N : <text>`. */
  step: (number: number, total: number, text: string) => stream(`Step ${number}/${total} : ${text}\n`),
  /** ` ---> <12 hex>` after each step. */
  imageId: (id: string) => stream(` ---> ${shortId(id)}\n`),
  /** ` ---> Using cache` on a cache hit. */
  usingCache: () => stream(' ---> Using cache\n'),
  /** ` ---> Running in <12 hex>` when a step's container is created. */
  runningIn: (containerId: string) => stream(` ---> Running in ${shortId(containerId)}\n`),
  /** ` ---> [Warning] <text>` for a container create warning. */
  createWarning: (text: string) => stream(` ---> [Warning] ${text}\n`),
  /** ` ---> Removed intermediate container <12 hex>` (Engine ≥ 25 wording). */
  removedIntermediate: (containerId: string) => stream(` ---> Removed intermediate container ${shortId(containerId)}\n`),
  /** dockersim's own warning for a RUN flag it accepted without simulating (not a Docker text). */
  flagNotSimulated: (flag: string) => stream(` ---> [Warning] RUN --${flag} is not simulated by dockersim; the command runs without it\n`),
  /** Output of a RUN's command, as produced. */
  output: (text: string) => stream(text),
  /** `# Executing N build trigger(s)` before a base image's ONBUILD triggers. */
  executingTriggers: (count: number) => stream(`# Executing ${count} build trigger${count > 1 ? 's' : ''}\n`),
  /** A note the builder prints (e.g. `Note: overriding previous HEALTHCHECK: …`). */
  note: (text: string) => stream(text.endsWith('\n') ? text : `${text}\n`),
  /** `[Warning] One or more build-args [A B] were not consumed`. */
  unusedBuildArgs: (names: readonly string[]) => stream(`[Warning] One or more build-args [${names.join(' ')}] were not consumed\n`),
  /** A stderr line: Docker wraps it in red (`ESC[91m … ESC[0m`). */
  stderr: (text: string) => stream(`\u001b[91m${text}\u001b[0m`),
  /** The parser's warnings, then its closing line (`[WARNING]: Empty continuation lines …`). */
  parseWarnings: (shorts: readonly string[]) =>
    shorts.length === 0
      ? []
      : [
          ...shorts.map((s) => legacy.stderr(`[WARNING]: ${s}\n`)),
          legacy.stderr('[WARNING]: Empty continuation lines will become errors in a future release.\n'),
        ],
  /** The image id of a finished stage (hidden by the CLI, used for `--iidfile` and `-q`). */
  aux: (imageId: string): BuildMessage => ({ aux: { ID: imageId } }),
  /** `Successfully built <12 hex>`. */
  successfullyBuilt: (imageId: string) => stream(`Successfully built ${shortId(imageId)}\n`),
  /** `Successfully tagged <familiar ref>` per `-t`. */
  successfullyTagged: (familiarRef: string) => stream(`Successfully tagged ${familiarRef}\n`),
  /** `-q`: the only message of a successful quiet build. */
  quietResult: (imageId: string) => stream(`${imageId}\n`),
  /** The final error; `code` is the failed RUN's exit code (the CLI exits with it). */
  error: (message: string, code?: number): BuildMessage => ({ errorDetail: code === undefined ? { message } : { code, message }, error: message }),
} as const;

/** The stream as the docker CLI shows it: `stream` texts concatenated (errors go to stderr). */
export function renderLegacyStream(messages: readonly { readonly stream?: string }[]): string {
  return messages.map((m) => m.stream ?? '').join('');
}

/** The stream as `POST /build` sends it: one JSON object per message, `\r\n`-separated. */
export function encodeBuildStream(messages: readonly BuildMessage[]): string {
  return messages.map((m) => `${JSON.stringify(m)}\r\n`).join('');
}

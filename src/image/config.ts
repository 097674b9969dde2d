/**
 * @module
 * The image configuration document (OCI image-spec `config.json`, Docker's `application/vnd.docker.container.image.v1+json`):
 * platform, the run-time defaults (`Env`, `Cmd`, `Entrypoint`, `WorkingDir`, `User`,
 * `ExposedPorts`, `Volumes`, `Labels`, `Healthcheck`, `StopSignal`, `OnBuild`, `Shell`), the
 * layers' DiffIDs and the history. In the classic store an image's ID is the sha256 of these
 * exact bytes, so documents are written as canonical JSON (keys sorted, no whitespace) and the
 * bytes a registry or an archive delivered are kept as they came.
 */
import { invalidImageConfig } from '../core/messages/image.js';

/** `Healthcheck` of an image (Engine API `HealthConfig`; durations in nanoseconds). */
export interface HealthConfig {
  /** `[]` inherit, `["NONE"]` disabled, `["CMD", …]` exec, `["CMD-SHELL", cmd]` via the shell. */
  readonly Test?: readonly string[];
  readonly Interval?: number;
  readonly Timeout?: number;
  readonly Retries?: number;
  readonly StartPeriod?: number;
  readonly StartInterval?: number;
}

/** The run-time defaults of an image (Engine API `ImageConfig`, the document's `config`). */
export interface ImageConfig {
  readonly User?: string;
  /** `{"80/tcp": {}}` */
  readonly ExposedPorts?: { readonly [port: string]: Record<string, never> };
  readonly Env?: readonly string[];
  readonly Entrypoint?: readonly string[];
  readonly Cmd?: readonly string[];
  /** `{"/var/lib/mysql": {}}` */
  readonly Volumes?: { readonly [path: string]: Record<string, never> };
  readonly WorkingDir?: string;
  readonly Labels?: { readonly [key: string]: string };
  readonly StopSignal?: string;
  readonly ArgsEscaped?: boolean;
  readonly Healthcheck?: HealthConfig;
  readonly OnBuild?: readonly string[];
  readonly Shell?: readonly string[];
}

/**
 * The config of the container a classic build step ran (`container_config`): what the classic
 * build cache compares. Engine API `ContainerConfig` names; moby still stores it in the image.
 */
export interface StoredContainerConfig extends ImageConfig {
  readonly Hostname?: string;
  readonly Domainname?: string;
  readonly AttachStdin?: boolean;
  readonly AttachStdout?: boolean;
  readonly AttachStderr?: boolean;
  readonly Tty?: boolean;
  readonly OpenStdin?: boolean;
  readonly StdinOnce?: boolean;
  /** The image the step started from. */
  readonly Image?: string;
}

/** One entry of an image's history (`docker history`). */
export interface HistoryEntry {
  /** RFC 3339. */
  readonly created?: string;
  readonly created_by?: string;
  readonly author?: string;
  readonly comment?: string;
  /** True when the step made no layer (metadata-only instructions). */
  readonly empty_layer?: boolean;
}

/** The whole image configuration document. */
export interface ImageConfigDocument {
  readonly architecture: string;
  readonly os: string;
  readonly variant?: string;
  readonly 'os.version'?: string;
  /** RFC 3339 creation time. */
  readonly created?: string;
  readonly author?: string;
  /** `docker commit -m`. */
  readonly comment?: string;
  readonly docker_version?: string;
  /** The container a classic build step or `docker commit` made the image from. */
  readonly container?: string;
  /** That container's config (classic builds: the step's, compared by the build cache). */
  readonly container_config?: StoredContainerConfig;
  readonly config: ImageConfig;
  readonly rootfs: { readonly type: 'layers'; readonly diff_ids: readonly string[] };
  readonly history: readonly HistoryEntry[];
}

type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue | undefined };

function canonical(value: JsonValue | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => canonical(v) ?? 'null').join(',')}]`;
  const obj = value as { readonly [key: string]: JsonValue | undefined };
  const parts: string[] = [];
  for (const key of Object.keys(obj).sort()) {
    const v = canonical(obj[key]);
    if (v !== undefined) parts.push(`${JSON.stringify(key)}:${v}`);
  }
  return `{${parts.join(',')}}`;
}

/** Canonical JSON of a value: keys sorted, no whitespace, `undefined` members dropped. */
export function canonicalJson(value: unknown): string {
  return canonical(value as JsonValue) ?? 'null';
}

/** The bytes of a configuration document, as this simulation writes them (canonical JSON). */
export function serializeImageConfig(doc: ImageConfigDocument): string {
  return canonicalJson(doc);
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string');
}

/** Parses and checks a configuration document (from a registry or an archive). */
export function parseImageConfig(text: string): ImageConfigDocument {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw invalidImageConfig('not JSON');
  }
  if (typeof doc !== 'object' || doc === null) throw invalidImageConfig('not an object');
  const d = doc as Record<string, unknown>;
  const rootfs = d['rootfs'] as Record<string, unknown> | undefined;
  if (!rootfs || rootfs['type'] !== 'layers' || !isStringArray(rootfs['diff_ids'])) throw invalidImageConfig('missing rootfs.diff_ids');
  if (typeof d['os'] !== 'string' || typeof d['architecture'] !== 'string') throw invalidImageConfig('missing os/architecture');
  const history = d['history'] ?? [];
  if (!Array.isArray(history)) throw invalidImageConfig('history is not a list');
  const config = (d['config'] ?? {}) as ImageConfig;
  return { ...(d as unknown as ImageConfigDocument), config, history: history as HistoryEntry[] };
}

/** The non-empty history entries line up with the layers: their count must equal the DiffIDs'. */
export function layerHistoryMatches(doc: ImageConfigDocument): boolean {
  return doc.history.length === 0 || doc.history.filter((h) => !h.empty_layer).length === doc.rootfs.diff_ids.length;
}

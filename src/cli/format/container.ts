/**
 * @module
 * `docker ps` output (docker/cli `formatter/container.go`): the default table (`CONTAINER ID
 * IMAGE COMMAND CREATED STATUS PORTS NAMES`, `SIZE` with `-s`), `-q`, `raw`, `json` and custom
 * templates, with docker's truncation: 12-character ids, the command quoted and cut to 20
 * columns with `…`, familiar image names, mount names cut to 15; and the CREATED column as
 * "2 minutes ago" against the client's clock.
 */
import { shortId } from '../../core/ids.js';
import { goQuote } from '../grammar/go-strconv.js';
import { goTimeString } from './go-time.js';
import { DEFAULT_QUIET_FORMAT, ellipsis, FormatError, joinLabels, RAW_FORMAT_KEY, rowContext, TABLE_FORMAT_KEY, writeRows, type HeaderMap, type RowContext } from './formatter.js';
import type { ContainerSummary } from '../../container/summary.js';
import { displayablePorts } from './ports.js';
import { splitReference } from './reference.js';
import { humanDuration, humanSizeWithPrecision } from './units.js';
import { TemplateExecError } from '../template/exec.js';
import { TemplateParseError } from '../template/parse.js';
import { GoTemplate } from '../template/template.js';


/** The default `docker ps` table. */
export const DEFAULT_CONTAINER_TABLE_FORMAT = 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}';

const HEADER: HeaderMap = {
  ID: 'CONTAINER ID',
  Names: 'NAMES',
  Image: 'IMAGE',
  Command: 'COMMAND',
  CreatedAt: 'CREATED AT',
  RunningFor: 'CREATED',
  Ports: 'PORTS',
  State: 'STATE',
  Status: 'STATUS',
  Size: 'SIZE',
  Labels: 'LABELS',
  Mounts: 'MOUNTS',
  LocalVolumes: 'LOCAL VOLUMES',
  Networks: 'NETWORKS',
  Platform: 'PLATFORM',
};

/** `formatter.NewContainerFormat`: the format `docker ps` runs for `--format`, `-q` and `-s`. */
export function containerFormat(source: string, quiet: boolean, size: boolean): string {
  if (source === TABLE_FORMAT_KEY || source === '') {
    if (quiet) return DEFAULT_QUIET_FORMAT;
    return size ? `${DEFAULT_CONTAINER_TABLE_FORMAT}\\t{{.Size}}` : DEFAULT_CONTAINER_TABLE_FORMAT;
  }
  if (source === RAW_FORMAT_KEY) {
    if (quiet) return 'container_id: {{.ID}}';
    const raw =
      'container_id: {{.ID}}\nimage: {{.Image}}\ncommand: {{.Command}}\ncreated_at: {{.CreatedAt}}\nstate: {{- pad .State 1 0}}\n' +
      'status: {{- pad .Status 1 0}}\nnames: {{.Names}}\nlabels: {{- pad .Labels 1 0}}\nports: {{- pad .Ports 1 0}}\n';
    return size ? `${raw}size: {{.Size}}\\n` : raw;
  }
  return quiet ? DEFAULT_QUIET_FORMAT : source;
}

/** The image column: the short id when the container was created from an id, else the familiar reference. */
function imageText(c: ContainerSummary, trunc: boolean): string {
  if (c.Image === '') return '<no image>';
  if (!trunc) return c.Image;
  if (shortId(c.ImageID) === shortId(c.Image)) return shortId(c.ImageID);
  const { name, tag, valid } = splitReference(c.Image);
  if (!valid) return c.Image;
  return tag ? `${name}:${tag}` : name;
}

/** The row context of one container (`*formatter.ContainerContext`). */
export function containerContext(c: ContainerSummary, options: { readonly trunc: boolean; readonly now: number; readonly onSize?: () => void }): RowContext {
  const { trunc, now } = options;
  return rowContext('*formatter.ContainerContext', {
    ID: () => (trunc ? shortId(c.Id) : c.Id),
    Names: () => {
      let names = c.Names.map((n) => n.slice(1));
      if (trunc) {
        const plain = names.find((n) => !n.includes('/'));
        if (plain !== undefined) names = [plain];
      }
      return names.join(',');
    },
    Image: () => imageText(c, trunc),
    Command: () => goQuote(trunc ? ellipsis(c.Command, 20) : c.Command),
    CreatedAt: () => goTimeString(c.Created * 1000),
    RunningFor: () => `${humanDuration(now - c.Created * 1000)} ago`,
    Platform: () => {
      // Only daemons with the containerd image store report it.
      const p = (c as { readonly ImageManifestDescriptor?: { readonly platform?: { readonly os: string; readonly architecture: string; readonly variant?: string } } | null }).ImageManifestDescriptor?.platform;
      return p ? `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}` : null;
    },
    Ports: () => displayablePorts(c.Ports),
    State: () => c.State,
    Status: () => c.Status,
    Size: () => {
      options.onSize?.();
      const rw = humanSizeWithPrecision(c.SizeRw ?? 0, 3);
      return (c.SizeRootFs ?? 0) > 0 ? `${rw} (virtual ${humanSizeWithPrecision(c.SizeRootFs!, 3)})` : rw;
    },
    Labels: () => joinLabels(c.Labels, true),
    Label: (name: string) => c.Labels?.[name] ?? '',
    Mounts: () => c.Mounts.map((m) => (trunc ? ellipsis(m.Name || m.Source || '', 15) : m.Name || m.Source || '')).join(','),
    LocalVolumes: () => String(c.Mounts.filter((m) => m.Driver === 'local').length),
    Networks: () => Object.keys(c.NetworkSettings.Networks ?? {}).join(','),
  });
}

/** Options of {@link formatContainers}. */
export interface ContainerListOptions {
  /** The `--format` value ('' for the default table). */
  readonly format?: string;
  readonly quiet?: boolean;
  /** `-s`: add the SIZE column. */
  readonly size?: boolean;
  /** False with `--no-trunc`. */
  readonly trunc?: boolean;
  /** The client's clock (epoch ms), for CREATED. */
  readonly now: number;
}

/** What `docker ps` prints for `containers`. */
export function formatContainers(containers: readonly ContainerSummary[], options: ContainerListOptions): string {
  const format = containerFormat(options.format ?? '', options.quiet ?? false, options.size ?? false);
  const ctx = { trunc: options.trunc ?? true, now: options.now };
  return writeRows(format, HEADER, containers.map((c) => containerContext(c, ctx)));
}

/**
 * docker ps's pre-pass over a `--format` (container/list.go): the raw format is parsed and run
 * once over an empty context; true when it read `.Size` (docker then asks the daemon for sizes).
 * Errors read `failed to parse template: …` / `failed to execute template: …`.
 */
export function formatUsesSize(format: string): boolean {
  let used = false;
  let tmpl: GoTemplate;
  try {
    tmpl = GoTemplate.parse(format);
  } catch (e) {
    throw e instanceof TemplateParseError ? new FormatError(`failed to parse template: ${e.message}`) : e;
  }
  try {
    tmpl.execute(containerContext(PROBE, { trunc: true, now: 0, onSize: () => (used = true) }));
  } catch (e) {
    throw e instanceof TemplateExecError ? new FormatError(`failed to execute template: ${e.message}`) : e;
  }
  return used;
}

const PROBE: ContainerSummary = { Id: '', Names: [], Image: '', ImageID: '', Command: '', Created: 0, Ports: [], Labels: {}, State: 'created', Status: '', HostConfig: { NetworkMode: '' }, NetworkSettings: { Networks: {} }, Mounts: [] };

export type { ContainerSummary };

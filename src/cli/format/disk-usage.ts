/**
 * @module
 * `docker system df` output (docker/cli `formatter/disk_usage.go`): the summary table `TYPE TOTAL
 * ACTIVE SIZE RECLAIMABLE` for images, containers, local volumes and build cache (reclaimable
 * with its integer percentage), and `-v`'s four sections ("Images space usage:", …, "Build cache
 * usage: 0B"), each a table of its own.
 */
import { shortId } from '../../core/ids.js';
import type { DiskUsageCache, SystemDataUsage } from '../../daemon/disk-usage.js';
import { goTimeString } from './go-time.js';
import { containerContext, type ContainerSummary } from './container.js';
import { executeFormat, isTableFormat, parseFormat, RAW_FORMAT_KEY, rowContext, TABLE_FORMAT_KEY, templateOf, writeRows, type RowContext } from './formatter.js';
import { isDangling, type ImageSummary } from './image.js';
import { splitReference } from './reference.js';
import { humanDuration, humanSize, humanSizeWithPrecision } from './units.js';
import { formatVolumes } from './volume.js';

/** A build cache record as `docker system df` reads it (Engine API `BuildCache`). */
export interface BuildCacheRecord {
  readonly ID: string;
  readonly Parents?: readonly string[] | null;
  readonly Type: string;
  readonly Description: string;
  readonly InUse: boolean;
  readonly Shared: boolean;
  readonly Size: number;
  readonly CreatedAt: string;
  readonly LastUsedAt?: string | null;
  readonly UsageCount: number;
}

/** `GET /system/df`, as the daemon answers it. */
export type DiskUsage = SystemDataUsage;

/** A daemon build-cache row read as an Engine API `BuildCache` (fields the builder leaves out read as Go's zero values). */
function cacheRecord(c: DiskUsageCache): BuildCacheRecord {
  const text = (field: string) => (typeof c[field] === 'string' ? (c[field] as string) : '');
  const parents = c['Parents'];
  const lastUsed = c['LastUsedAt'];
  return {
    ID: c.ID,
    Parents: Array.isArray(parents) ? parents.filter((p): p is string => typeof p === 'string') : null,
    Type: text('Type'),
    Description: text('Description'),
    InUse: c.InUse,
    Shared: c.Shared,
    Size: c.Size,
    CreatedAt: text('CreatedAt') || '0001-01-01T00:00:00Z',
    LastUsedAt: typeof lastUsed === 'string' ? lastUsed : null,
    UsageCount: typeof c['UsageCount'] === 'number' ? (c['UsageCount'] as number) : 0,
  };
}

const percentOf = (part: number, total: number) => (total > 0 ? `${humanSize(part)} (${Math.trunc((part * 100) / total)}%)` : humanSize(part));
const isActive = (c: ContainerSummary) => ['running', 'paused', 'restarting'].includes(c.State);

function summaryRows(du: DiskUsage): RowContext[] {
  const cache = (du.BuildCache ?? []).map(cacheRecord);
  const builderSize = cache.filter((b) => !b.Shared).reduce((n, b) => n + b.Size, 0);
  const usedByContainers = du.Images.filter((i) => i.Containers !== 0 && i.Size !== -1 && i.SharedSize !== -1).reduce((n, i) => n + i.Size - i.SharedSize, 0);
  const containerSize = du.Containers.reduce((n, c) => n + (c.SizeRw ?? 0), 0);
  const volumes = du.Volumes.filter((v) => v.UsageData && v.UsageData.Size !== -1);
  const volumeSize = volumes.reduce((n, v) => n + v.UsageData!.Size, 0);
  const row = (type: string, total: number, active: number, size: string, reclaimable: string) =>
    rowContext('*formatter.diskUsageContext', { Type: () => type, TotalCount: () => String(total), Active: () => String(active), Size: () => size, Reclaimable: () => reclaimable });
  return [
    row('Images', du.Images.length, du.Images.filter((i) => i.Containers > 0).length, humanSize(du.LayersSize), percentOf(du.LayersSize - usedByContainers, du.LayersSize)),
    row(
      'Containers',
      du.Containers.length,
      du.Containers.filter(isActive).length,
      humanSize(containerSize),
      percentOf(du.Containers.filter((c) => !isActive(c)).reduce((n, c) => n + (c.SizeRw ?? 0), 0), containerSize),
    ),
    row(
      'Local Volumes',
      du.Volumes.length,
      du.Volumes.filter((v) => (v.UsageData?.RefCount ?? 0) > 0).length,
      humanSize(volumeSize),
      percentOf(volumes.filter((v) => v.UsageData!.RefCount === 0).reduce((n, v) => n + v.UsageData!.Size, 0), volumeSize),
    ),
    row('Build Cache', cache.length, cache.filter((b) => b.InUse).length, humanSize(builderSize), humanSize(builderSize - cache.filter((b) => b.InUse && !b.Shared).reduce((n, b) => n + b.Size, 0))),
  ];
}

function buildCacheContext(b: BuildCacheRecord, trunc: boolean, now: number): RowContext {
  const time = (iso: string) => goTimeString(Date.parse(iso));
  return rowContext('*formatter.buildCacheContext', {
    ID: () => `${trunc ? shortId(b.ID) : b.ID}${b.InUse ? '*' : ''}`,
    Parent: () => {
      const parent = (b.Parents ?? []).join(', ');
      return trunc ? shortId(parent) : parent;
    },
    CacheType: () => b.Type,
    Description: () => b.Description,
    Size: () => humanSizeWithPrecision(b.Size, 3),
    CreatedAt: () => time(b.CreatedAt),
    CreatedSince: () => `${humanDuration(now - Date.parse(b.CreatedAt))} ago`,
    LastUsedAt: () => (b.LastUsedAt ? time(b.LastUsedAt) : ''),
    LastUsedSince: () => (b.LastUsedAt ? `${humanDuration(now - Date.parse(b.LastUsedAt))} ago` : ''),
    UsageCount: () => String(b.UsageCount),
    InUse: () => String(b.InUse),
    Shared: () => String(b.Shared),
  });
}

function verboseTables(du: DiskUsage, now: number): string {
  const images = du.Images.map((i) => {
    const { name, tag } = i.RepoTags && i.RepoTags.length > 0 && !isDangling(i) ? splitReference(i.RepoTags[0]!) : { name: '<none>', tag: '<none>' };
    return { ...i, RepoTags: [`${name}:${tag || '<none>'}`], RepoDigests: [] as string[] };
  });
  const cache = (du.BuildCache ?? []).map(cacheRecord).sort((a, b) =>
    !a.LastUsedAt && !b.LastUsedAt ? (a.ID < b.ID ? -1 : 1) : !a.LastUsedAt ? -1 : !b.LastUsedAt ? 1 : a.LastUsedAt === b.LastUsedAt ? (a.ID < b.ID ? -1 : 1) : Date.parse(a.LastUsedAt) > Date.parse(b.LastUsedAt) ? -1 : 1,
  );
  const builderSize = cache.filter((b) => !b.Shared).reduce((n, b) => n + b.Size, 0);
  const imageTable = 'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}\t{{.SharedSize}}\t{{.UniqueSize}}\t{{.Containers}}';
  const containerTable = 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.LocalVolumes}}\t{{.Size}}\t{{.RunningFor}}\t{{.Status}}\t{{.Names}}';
  const cacheTable = 'table {{.ID}}\t{{.CacheType}}\t{{.Size}}\t{{.CreatedSince}}\t{{.LastUsedSince}}\t{{.UsageCount}}\t{{.Shared}}';
  const imageRows = images.map((i) => {
    const { name, tag } = splitReference(i.RepoTags[0]!);
    return imageLikeRow(i, name, tag, now);
  });
  let out = 'Images space usage:\n\n';
  out += writeRows(imageTable, IMAGE_HEADER, imageRows);
  out += '\nContainers space usage:\n\n';
  out += writeRows(containerTable, CONTAINER_HEADER, du.Containers.map((c) => containerContext({ ...c, SizeRootFs: 0 }, { trunc: true, now })));
  out += '\nLocal Volumes space usage:\n\n';
  out += formatVolumes(du.Volumes, { format: 'table {{.Name}}\t{{.Links}}\t{{.Size}}' });
  out += `\nBuild cache usage: ${humanSize(builderSize)}\n\n`;
  out += writeRows(cacheTable, CACHE_HEADER, cache.map((b) => buildCacheContext(b, true, now)));
  return out;
}

function imageLikeRow(i: ImageSummary, repo: string, tag: string, now: number): RowContext {
  return rowContext('*formatter.imageContext', {
    Repository: () => repo,
    Tag: () => tag,
    ID: () => shortId(i.Id),
    CreatedSince: () => `${humanDuration(now - i.Created * 1000)} ago`,
    Size: () => humanSizeWithPrecision(i.Size, 3),
    SharedSize: () => (i.SharedSize === -1 ? 'N/A' : humanSize(i.SharedSize)),
    UniqueSize: () => (i.Size === -1 || i.SharedSize === -1 ? 'N/A' : humanSize(i.Size - i.SharedSize)),
    Containers: () => (i.Containers === -1 ? 'N/A' : String(i.Containers)),
  });
}

const IMAGE_HEADER = { ID: 'IMAGE ID', Repository: 'REPOSITORY', Tag: 'TAG', CreatedSince: 'CREATED', Size: 'SIZE', SharedSize: 'SHARED SIZE', UniqueSize: 'UNIQUE SIZE', Containers: 'CONTAINERS' };
const CONTAINER_HEADER = { ID: 'CONTAINER ID', Image: 'IMAGE', Command: 'COMMAND', LocalVolumes: 'LOCAL VOLUMES', Size: 'SIZE', RunningFor: 'CREATED', Status: 'STATUS', Names: 'NAMES' };
const CACHE_HEADER = { ID: 'CACHE ID', CacheType: 'CACHE TYPE', Size: 'SIZE', CreatedSince: 'CREATED', LastUsedSince: 'LAST USED', UsageCount: 'USAGE', Shared: 'SHARED' };
const SUMMARY_HEADER = { Type: 'TYPE', TotalCount: 'TOTAL', Active: 'ACTIVE', Size: 'SIZE', Reclaimable: 'RECLAIMABLE' };

/** What `docker system df` (`-v`: `verbose`) prints. */
export function formatDiskUsage(du: DiskUsage, options: { readonly format?: string; readonly verbose?: boolean; readonly now: number }): string {
  const source = options.format || TABLE_FORMAT_KEY;
  if (!options.verbose) {
    const format =
      source === TABLE_FORMAT_KEY
        ? 'table {{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}'
        : source === RAW_FORMAT_KEY
          ? 'type: {{.Type}}\ntotal: {{.TotalCount}}\nactive: {{.Active}}\nsize: {{.Size}}\nreclaimable: {{.Reclaimable}}\n'
          : source;
    return writeRows(format, SUMMARY_HEADER, summaryRows(du));
  }
  if (source === TABLE_FORMAT_KEY) return verboseTables(du, options.now);
  // A custom verbose format runs once over all four lists.
  const trunc = isTableFormat(source);
  const tmpl = parseFormat(templateOf(source));
  return executeFormat(tmpl, {
    Images: du.Images.map((i) => imageLikeRow(i, splitReference(i.RepoTags?.[0] ?? '<none>:<none>').name, splitReference(i.RepoTags?.[0] ?? '<none>:<none>').tag, options.now)),
    Containers: du.Containers.map((c) => containerContext({ ...c, SizeRootFs: 0 }, { trunc, now: options.now })),
    Volumes: du.Volumes,
    BuildCache: (du.BuildCache ?? []).map((b) => buildCacheContext(cacheRecord(b), trunc, options.now)),
  });
}

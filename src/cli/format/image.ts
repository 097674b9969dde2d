/**
 * @module
 * `docker images` output (docker/cli `formatter/image.go`): one row per repository:tag of each
 * image (`<none>` for dangling ones), the default table `REPOSITORY TAG IMAGE ID CREATED SIZE`
 * (with DIGEST for `--digests`), `-q`, `raw`, `json` and custom templates; sizes decimal with
 * three significant digits (`7.8MB`), ids cut to 12 characters unless `--no-trunc`.
 */
import { shortId } from '../../core/ids.js';
import { goTimeString } from './go-time.js';
import { DEFAULT_QUIET_FORMAT, RAW_FORMAT_KEY, rowContext, TABLE_FORMAT_KEY, writeRows, isTableFormat, type HeaderMap, type RowContext } from './formatter.js';
import { splitReference } from './reference.js';
import { humanDuration, humanSize, humanSizeWithPrecision } from './units.js';

import type { ImageSummary } from '../../image/list.js';

export type { ImageSummary };

const TABLE = 'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}\t{{.Size}}';
const TABLE_WITH_DIGEST = 'table {{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}\t{{.Size}}';

const HEADER: HeaderMap = {
  ID: 'IMAGE ID',
  Repository: 'REPOSITORY',
  Tag: 'TAG',
  Digest: 'DIGEST',
  CreatedSince: 'CREATED',
  CreatedAt: 'CREATED AT',
  Size: 'SIZE',
  Containers: 'CONTAINERS',
  VirtualSize: 'SIZE',
  SharedSize: 'SHARED SIZE',
  UniqueSize: 'UNIQUE SIZE',
};

/** `formatter.NewImageFormat`. */
export function imageFormat(source: string, quiet: boolean, digest: boolean): string {
  if (source === TABLE_FORMAT_KEY) return quiet ? DEFAULT_QUIET_FORMAT : digest ? TABLE_WITH_DIGEST : TABLE;
  if (source === RAW_FORMAT_KEY) {
    if (quiet) return 'image_id: {{.ID}}';
    return `repository: {{ .Repository }}\ntag: {{.Tag}}\n${digest ? 'digest: {{.Digest}}\n' : ''}image_id: {{.ID}}\ncreated_at: {{.CreatedAt}}\nvirtual_size: {{.Size}}\n`;
  }
  return isTableFormat(source) && digest && !source.includes('{{.Digest}}') ? `${source}\t{{.Digest}}` : source;
}

/** True for dangling images (no tags and no digests). */
export function isDangling(img: ImageSummary): boolean {
  const tags = img.RepoTags ?? [];
  const digests = img.RepoDigests ?? [];
  if (tags.length === 0 && digests.length === 0) return true;
  return tags.length === 1 && tags[0] === '<none>:<none>' && digests.length === 1 && digests[0] === '<none>@<none>';
}

function imageContext(img: ImageSummary, repo: string, tag: string, digest: string, trunc: boolean, now: number): RowContext {
  return rowContext('*formatter.imageContext', {
    ID: () => (trunc ? shortId(img.Id) : img.Id),
    Repository: () => repo,
    Tag: () => tag,
    Digest: () => digest,
    CreatedSince: () => `${humanDuration(now - img.Created * 1000)} ago`,
    CreatedAt: () => goTimeString(img.Created * 1000),
    Size: () => humanSizeWithPrecision(img.Size, 3),
    Containers: () => (img.Containers === -1 ? 'N/A' : String(img.Containers)),
    VirtualSize: () => humanSize(img.Size),
    SharedSize: () => (img.SharedSize === -1 ? 'N/A' : humanSize(img.SharedSize)),
    UniqueSize: () => (img.Size === -1 || img.SharedSize === -1 ? 'N/A' : humanSize(img.Size - img.SharedSize)),
  });
}

/** The rows of one image: repository × tag (× digest when asked), as docker expands them. */
function imageRows(img: ImageSummary, format: string, options: ImageListOptions): RowContext[] {
  const trunc = options.trunc ?? true;
  const make = (repo: string, tag: string, digest: string) => imageContext(img, repo, tag, digest, trunc, options.now);
  if (isDangling(img)) return [make('<none>', '<none>', '<none>')];
  const needDigest = (options.digests ?? false) || format.includes('{{.Digest}}');
  const tags = new Map<string, string[]>();
  const digests = new Map<string, string[]>();
  for (const ref of img.RepoTags ?? []) {
    const { name, tag, valid } = splitReference(ref);
    if (valid && tag) tags.set(name, [...(tags.get(name) ?? []), tag]);
  }
  for (const ref of img.RepoDigests ?? []) {
    const { name, digest, valid } = splitReference(ref);
    if (valid && digest) digests.set(name, [...(digests.get(name) ?? []), digest]);
  }
  const rows: RowContext[] = [];
  for (const [repo, repoTags] of tags) {
    const repoDigests = needDigest ? (digests.get(repo) ?? []) : [];
    digests.delete(repo);
    for (const tag of repoTags) {
      if (repoDigests.length === 0) rows.push(make(repo, tag, '<none>'));
      for (const d of repoDigests) rows.push(make(repo, tag, d));
    }
  }
  for (const [repo, repoDigests] of digests) {
    if (options.digests) for (const d of repoDigests) rows.push(make(repo, '<none>', d));
    else rows.push(make(repo, '<none>', ''));
  }
  return rows;
}

/** Options of {@link formatImages}. */
export interface ImageListOptions {
  readonly format?: string;
  readonly quiet?: boolean;
  /** `--digests`. */
  readonly digests?: boolean;
  /** False with `--no-trunc`. */
  readonly trunc?: boolean;
  /** The client's clock (epoch ms), for CREATED. */
  readonly now: number;
}

/** What `docker images` prints for `images`. */
export function formatImages(images: readonly ImageSummary[], options: ImageListOptions): string {
  const format = imageFormat(options.format || TABLE_FORMAT_KEY, options.quiet ?? false, options.digests ?? false);
  return writeRows(format, HEADER, images.flatMap((img) => imageRows(img, format, options)));
}

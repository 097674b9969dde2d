/**
 * @module
 * `docker history` output (docker/cli `image/formatter_history.go`): newest layer first,
 * `IMAGE CREATED CREATED BY SIZE COMMENT`, `<missing>` ids as the daemon sends them, CREATED BY
 * with tabs as spaces and cut to 45 columns, `N/A` for dates before 2000, `--human=false` with
 * RFC 3339 dates and byte counts.
 */
import { shortId } from '../../core/ids.js';
import type { HistoryResponseItem } from '../../image/history.js';
import { DEFAULT_QUIET_FORMAT, ellipsis, rowContext, TABLE_FORMAT_KEY, writeRows, type HeaderMap } from './formatter.js';
import { humanDuration, humanSizeWithPrecision } from './units.js';

/** One entry of `GET /images/{name}/history`. */
export type HistoryItem = HistoryResponseItem;

const HEADER: HeaderMap = { ID: 'IMAGE', CreatedSince: 'CREATED', CreatedAt: 'CREATED AT', CreatedBy: 'CREATED BY', Size: 'SIZE', Comment: 'COMMENT' };
const EPOCH_2000 = Date.UTC(2000, 0, 1) / 1000;

/** `image.NewHistoryFormat`. */
export function historyFormat(source: string, quiet: boolean, human: boolean): string {
  if (source !== TABLE_FORMAT_KEY) return source;
  if (quiet) return DEFAULT_QUIET_FORMAT;
  return human ? 'table {{.ID}}\t{{.CreatedSince}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}' : 'table {{.ID}}\t{{.CreatedAt}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}';
}

/** Options of {@link formatHistory}. */
export interface HistoryOptions {
  readonly format?: string;
  readonly quiet?: boolean;
  /** `-H, --human` (default true). */
  readonly human?: boolean;
  readonly trunc?: boolean;
  readonly now: number;
}

/** What `docker history` prints. */
export function formatHistory(items: readonly HistoryItem[], options: HistoryOptions): string {
  const human = options.human ?? true;
  const trunc = options.trunc ?? true;
  const createdAt = (h: HistoryItem) => `${new Date(h.Created * 1000).toISOString().slice(0, 19)}Z`;
  const rows = items.map((h) =>
    rowContext('*image.historyContext', {
      ID: () => (trunc ? shortId(h.Id) : h.Id),
      CreatedAt: () => createdAt(h),
      CreatedSince: () => (!human ? createdAt(h) : h.Created <= EPOCH_2000 ? 'N/A' : `${humanDuration(options.now - h.Created * 1000)} ago`),
      CreatedBy: () => (trunc ? ellipsis(h.CreatedBy.replaceAll('\t', ' '), 45) : h.CreatedBy.replaceAll('\t', ' ')),
      Size: () => (human ? humanSizeWithPrecision(h.Size, 3) : String(h.Size)),
      Comment: () => h.Comment,
    }),
  );
  return writeRows(historyFormat(options.format || TABLE_FORMAT_KEY, options.quiet ?? false, human), HEADER, rows);
}

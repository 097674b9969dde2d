/**
 * @module
 * What the prune commands print, alone or as `docker system prune`'s sections: a `Deleted …:`
 * block (only when something went), then `Total reclaimed space:` in go-units' decimal size.
 */
import { humanSize } from '../../core/units.js';
import type { DeleteResponseItem } from '../../image/remove.js';

/** `title:`, one line per removed object and a blank line; nothing when the list is empty. */
export function writeDeleted(out: { write(text: string): void }, title: string, lines: readonly string[]): void {
  if (lines.length > 0) out.write(`${title}:\n${lines.map((line) => `${line}\n`).join('')}\n`);
}

/** `Total reclaimed space: 1.2MB`. */
export function writeReclaimed(out: { write(text: string): void }, bytes: number): void {
  out.write(`Total reclaimed space: ${humanSize(bytes)}\n`);
}

/** One removed image as `docker image prune` lists it: `untagged: <ref>` or `deleted: <id>`. */
export function deletedImageLine(item: DeleteResponseItem): string {
  return 'Untagged' in item ? `untagged: ${item.Untagged}` : `deleted: ${item.Deleted}`;
}

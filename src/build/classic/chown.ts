/**
 * @module
 * `COPY --chown=user[:group]` as the classic builder resolves it (moby `parseChownFlag`,
 * `lookupUser`/`lookupGroup`): numbers are taken as ids; names are looked up in the image's
 * `/etc/passwd` and `/etc/group`; a user given alone also names the group.
 */
import { chownLookupFailed, invalidChownFormat } from '../../core/messages/index.js';
import type { DirectoryNode } from '../../fs/node.js';
import { getNode } from '../../fs/tree.js';

/** Owner ids for copied files. */
export interface Identity {
  readonly uid: number;
  readonly gid: number;
}

function lookup(root: DirectoryNode, file: 'passwd' | 'group', name: string, what: 'uid for user' | 'gid for group'): number {
  // Go's strconv.Atoi: an optional sign and decimal digits.
  if (/^[+-]?\d+$/.test(name)) return Number(name);
  const node = getNode(root, ['etc', file]);
  if (node?.kind !== 'file') throw chownLookupFailed(what, name, `open /etc/${file}: no such file or directory`);
  for (const line of new TextDecoder().decode(node.data).split('\n')) {
    const fields = line.split(':');
    if (fields[0] === name && fields.length >= 3) return Number(fields[2]) || 0;
  }
  throw chownLookupFailed(what, name, `no such ${file === 'passwd' ? 'user' : 'group'}: ${name}`);
}

/** The ids `--chown` names, read from the image's root filesystem `root`. */
export function resolveChown(root: DirectoryNode, chown: string): Identity {
  const parts = chown.split(':');
  if (parts.length > 2) throw invalidChownFormat(chown);
  const userName = parts[0]!;
  const groupName = parts.length === 1 ? userName : parts[1]!;
  return { uid: lookup(root, 'passwd', userName, 'uid for user'), gid: lookup(root, 'group', groupName, 'gid for group') };
}

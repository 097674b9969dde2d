/**
 * @module
 * fast-check arbitraries for Docker's vocabulary, for property tests of tools built on dockersim
 * (and of dockersim itself). Requires the optional peer dependency `fast-check`.
 */
import fc from 'fast-check';

/** World seeds. */
export const seed = (): fc.Arbitrary<number> => fc.integer({ min: 0, max: 2 ** 31 - 1 });

/** 64-hex ids. */
export const fullId = (): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 });

/** Valid container names (`[a-zA-Z0-9][a-zA-Z0-9_.-]+`). */
export const containerName = (): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
      fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789_.-'), minLength: 1, maxLength: 30 }),
    )
    .map(([first, rest]) => first + rest);

/** Arbitrary byte contents (file data, layer payloads). */
export const content = (): fc.Arbitrary<Uint8Array> => fc.uint8Array({ maxLength: 512 });

/** File and directory names drawn from a small alphabet, so that generated trees collide and overlap. */
export const fileName = (): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...'abcdeé.-_'), minLength: 1, maxLength: 6 }).filter((n) => n !== '.' && n !== '..' && !n.startsWith('.wh.'));

/** One generated tree entry: text, a directory, a symlink or a file with bytes and metadata. */
export type TreeSpecEntry = string | { dir: true; mode: number } | { symlink: string } | { file: Uint8Array; mode: number; uid: number };

/** A compact tree spec (see `buildTree`): up to `maxEntries` paths of depth ≤ 3 to files, dirs and symlinks. */
export const treeSpec = (maxEntries = 12): fc.Arbitrary<{ [path: string]: TreeSpecEntry }> =>
  fc
    .array(
      fc.tuple(
        fc.array(fileName(), { minLength: 1, maxLength: 3 }).map((parts) => parts.join('/')),
        fc.oneof(
          fc.string({ maxLength: 20 }),
          fc.record({ dir: fc.constant(true as const), mode: fc.constantFrom(0o755, 0o700, 0o1777) }),
          fc.record({ symlink: fc.constantFrom('/bin/busybox', '../a', 'b', '/nonexistent') }),
          fc.record({ file: content(), mode: fc.constantFrom(0o644, 0o755, 0o600), uid: fc.constantFrom(0, 1000) }),
        ),
      ),
      { maxLength: maxEntries },
    )
    .map((pairs) => {
      // A path cannot be both a non-directory and the parent of another path: the first claim wins.
      const spec: { [path: string]: TreeSpecEntry } = {};
      const dirs = new Set<string>();
      for (const [path, entry] of pairs) {
        const parts = path.split('/');
        const parents = parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/'));
        const isDir = typeof entry === 'object' && 'dir' in entry;
        const blocked = parents.some((p) => p in spec && !dirs.has(p));
        if (path in spec || blocked || (!isDir && dirs.has(path))) continue;
        parents.forEach((p) => dirs.add(p));
        if (isDir) dirs.add(path);
        spec[path] = entry;
      }
      return spec;
    });

/** Valid image references as parts: domain (possibly Docker Hub), path, optional tag and digest. */
export const imageReference = (): fc.Arbitrary<{ domain: string; path: string; tag?: string; digest?: string }> => {
  const alnum = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), minLength: 1, maxLength: 6 });
  const component = fc
    .tuple(alnum, fc.array(fc.tuple(fc.constantFrom('.', '_', '__', '-', '--'), alnum), { maxLength: 2 }))
    .map(([head, rest]) => head + rest.map(([sep, part]) => sep + part).join(''));
  const domain = fc.oneof(
    fc.constant('docker.io'),
    fc.constant('localhost:5000'),
    fc.constant('localhost'),
    fc.tuple(fc.constantFrom('registry', 'ghcr', 'Reg-1'), fc.constantFrom('.example.com', '.io', ':5000', '.local:8443')).map(([a, b]) => a + b),
  );
  const tag = fc
    .tuple(fc.constantFrom(...'abcXYZ019_'), fc.string({ unit: fc.constantFrom(...'abcXYZ019_.-'), maxLength: 10 }))
    .map(([a, b]) => a + b);
  const digest = fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 }).map((hex) => `sha256:${hex}`);
  return fc
    .record({ domain, namespace: alnum, path: fc.array(component, { minLength: 1, maxLength: 3 }).map((c) => c.join('/')), tag: fc.option(tag, { nil: undefined }), digest: fc.option(digest, { nil: undefined }) })
    .map((r) => {
      // Docker Hub namespaces are plain alphanumeric (a dotted one would read as a registry host).
      const path = r.domain !== 'docker.io' ? r.path : r.path.includes('/') ? `${r.namespace}/${r.path}` : `library/${r.path}`;
      const out: { domain: string; path: string; tag?: string; digest?: string } = { domain: r.domain, path };
      if (r.tag !== undefined) out.tag = r.tag;
      if (r.digest !== undefined) out.digest = r.digest;
      return out;
    });
};

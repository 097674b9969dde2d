/**
 * @module
 * The registry's filesystem storage driver, in distribution's own layout under its root
 * directory (`/var/lib/registry` in the image, a `VOLUME`): content-addressed blobs at
 * `docker/registry/v2/blobs/sha256/<2>/<hex>/data` (manifests are blobs too) and per-repository
 * links — `_layers/sha256/<hex>/link`, `_manifests/revisions/sha256/<hex>/link`,
 * `_manifests/tags/<tag>/current/link` — each holding a digest. Because it is plain files in the
 * container's filesystem, the content lives and dies with the container, or with a volume.
 */
import type { ProcessFs } from '../types.js';

const V2 = 'docker/registry/v2';

/** A registry's storage under `root`. */
export class RegistryStorage {
  readonly #fs: ProcessFs;
  readonly #root: string;

  constructor(fs: ProcessFs, root: string) {
    this.#fs = fs;
    this.#root = root.replace(/\/+$/, '');
  }

  #blobPath(digest: string): string {
    const hex = digest.replace(/^sha256:/, '');
    return `${this.#root}/${V2}/blobs/sha256/${hex.slice(0, 2)}/${hex}/data`;
  }

  #repo(name: string): string {
    return `${this.#root}/${V2}/repositories/${name}`;
  }

  #write(path: string, data: string | Uint8Array): void {
    this.#fs.mkdir(path.slice(0, path.lastIndexOf('/')), { recursive: true });
    this.#fs.writeFile(path, data);
  }

  #read(path: string): string | undefined {
    try {
      return new TextDecoder().decode(this.#fs.readFile(path));
    } catch {
      return undefined;
    }
  }

  /** The bytes of a blob, if stored. */
  blob(digest: string): Uint8Array | undefined {
    try {
      return this.#fs.readFile(this.#blobPath(digest));
    } catch {
      return undefined;
    }
  }

  /** Stores a blob's bytes (once per digest). */
  putBlob(digest: string, bytes: Uint8Array): void {
    if (!this.#fs.exists(this.#blobPath(digest))) this.#write(this.#blobPath(digest), bytes);
  }

  /** Links a layer or config blob into a repository. */
  linkLayer(repository: string, digest: string): void {
    this.#write(`${this.#repo(repository)}/_layers/sha256/${digest.replace(/^sha256:/, '')}/link`, digest);
  }

  /** True when `digest` is linked into `repository` (as a layer or a manifest). */
  linked(repository: string, digest: string): boolean {
    const hex = digest.replace(/^sha256:/, '');
    return this.#fs.exists(`${this.#repo(repository)}/_layers/sha256/${hex}/link`) || this.#fs.exists(`${this.#repo(repository)}/_manifests/revisions/sha256/${hex}/link`);
  }

  /** Stores a manifest revision and, with a tag, points the tag at it. */
  putManifest(repository: string, digest: string, raw: Uint8Array, tag?: string): void {
    this.putBlob(digest, raw);
    const hex = digest.replace(/^sha256:/, '');
    this.#write(`${this.#repo(repository)}/_manifests/revisions/sha256/${hex}/link`, digest);
    if (tag !== undefined) {
      this.#write(`${this.#repo(repository)}/_manifests/tags/${tag}/current/link`, digest);
      this.#write(`${this.#repo(repository)}/_manifests/tags/${tag}/index/sha256/${hex}/link`, digest);
    }
  }

  /** The digest a tag points at. */
  tag(repository: string, tag: string): string | undefined {
    return this.#read(`${this.#repo(repository)}/_manifests/tags/${tag}/current/link`)?.trim();
  }

  /** The repository's tags, sorted; undefined when the repository does not exist. */
  tags(repository: string): string[] | undefined {
    if (!this.#fs.exists(`${this.#repo(repository)}/_manifests`)) return undefined;
    try {
      return this.#fs.readdir(`${this.#repo(repository)}/_manifests/tags`).sort();
    } catch {
      return [];
    }
  }

  /** Every repository name (paths holding `_manifests`), sorted. */
  repositories(): string[] {
    const out: string[] = [];
    const walk = (dir: string, prefix: string) => {
      let names: string[];
      try {
        names = this.#fs.readdir(dir);
      } catch {
        return;
      }
      if (names.includes('_manifests')) out.push(prefix);
      for (const n of names) if (!n.startsWith('_')) walk(`${dir}/${n}`, prefix ? `${prefix}/${n}` : n);
    };
    walk(`${this.#root}/${V2}/repositories`, '');
    return out.sort();
  }
}

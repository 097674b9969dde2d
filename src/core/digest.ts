/**
 * @module
 * Content digests (`sha256:<64 hex>`) computed over real bytes with @noble/hashes, synchronously,
 * in Node and in the browser. Identical content gives identical digests, so layer reuse, image ids
 * and registry dedupe follow from the content rather than being faked.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** A `sha256:<64 lowercase hex>` content digest. */
export type Digest = string & { readonly __brand: 'Digest' };

const encoder = new TextEncoder();
const DIGEST_RE = /^sha256:[0-9a-f]{64}$/;

/** UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** The hex sha256 of bytes or of a string's UTF-8 encoding. */
export function sha256Hex(data: Uint8Array | string): string {
  return bytesToHex(sha256(typeof data === 'string' ? utf8(data) : data));
}

/** The digest of bytes or of a string's UTF-8 encoding. */
export function digestOf(data: Uint8Array | string): Digest {
  return `sha256:${sha256Hex(data)}` as Digest;
}

/** An incremental sha256, for content that arrives in pieces. */
export function digester(): { update(data: Uint8Array | string): void; digest(): Digest } {
  const h = sha256.create();
  return {
    update(data) {
      h.update(typeof data === 'string' ? utf8(data) : data);
    },
    digest: () => `sha256:${bytesToHex(h.digest())}` as Digest,
  };
}

/** True for a well-formed sha256 digest. */
export function isDigest(text: string): text is Digest {
  return DIGEST_RE.test(text);
}

/** Checks and brands a digest string; throws a RangeError when malformed. */
export function asDigest(text: string): Digest {
  if (!isDigest(text)) throw new RangeError(`invalid checksum digest format: ${text}`);
  return text;
}

/** The 64-hex part of a digest. */
export function digestHex(digest: Digest): string {
  return digest.slice('sha256:'.length);
}

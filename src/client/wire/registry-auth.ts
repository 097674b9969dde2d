/**
 * @module
 * Credentials on the wire: `X-Registry-Auth` (pull, push) is the base64url encoding of an
 * `AuthConfig`'s JSON (docker/cli `registry.EncodeAuthConfig`; `e30=`, i.e. `{}`, when there is
 * none); `X-Registry-Config` (build) is the standard base64 of a map from server address to
 * `AuthConfig`. The daemon ignores an `X-Registry-Auth` it cannot decode, so a pull goes on
 * anonymously, as moby's `DecodeAuthConfig` is called there.
 */
import { fromBase64, toBase64 } from '../../core/base64.js';
import type { AuthConfig } from '../../registry/auth.js';

/** The header that carries a pull's or push's credentials. */
export const REGISTRY_AUTH_HEADER = 'X-Registry-Auth';

/** Go's `base64.URLEncoding` of the credentials' JSON (with padding). */
export function encodeRegistryAuth(auth: AuthConfig | undefined): string {
  return toBase64(new TextEncoder().encode(JSON.stringify(auth ?? {})))
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
}

/** The credentials a header carries, or `undefined` when it is absent, empty or undecodable. */
export function decodeRegistryAuth(header: string | null): AuthConfig | undefined {
  if (!header) return undefined;
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(fromBase64(header.trim())));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const auth: Record<string, string> = {};
    for (const [key, field] of Object.entries(value)) if (typeof field === 'string' && field !== '') auth[key.toLowerCase()] = field;
    return Object.keys(auth).length > 0 ? (auth as AuthConfig) : undefined;
  } catch {
    return undefined;
  }
}

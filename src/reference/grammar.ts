/**
 * @module
 * The image reference grammar of distribution/reference (`regexp.go`), as JavaScript regular
 * expressions with the same leftmost-first matching as Go's:
 *
 * ```
 * reference  := name [ ":" tag ] [ "@" digest ]
 * name       := [domain "/"] path-component ("/" path-component)*
 * domain     := host [":" port]      host := domain-name | "[" IPv6 "]"
 * path-comp  := [a-z0-9]+ (([._] | "__" | "-"+) [a-z0-9]+)*
 * tag        := [\w][\w.-]{0,127}
 * digest     := algorithm ":" hex{32,}
 * ```
 */

const alphanumeric = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const domainNameComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const optionalPort = '(?::[0-9]+)?';
const ipv6address = '\\[(?:[a-fA-F0-9:]+)\\]';
const domainName = `${domainNameComponent}(?:\\.${domainNameComponent})*`;
const host = `(?:${domainName}|${ipv6address})`;
const domainAndPort = host + optionalPort;
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;
const remoteName = `${pathComponent}(?:/${pathComponent})*`;
const namePat = `(?:${domainAndPort}/)?${remoteName}`;

/** A tag: `[\w][\w.-]{0,127}`. */
export const TAG = '[\\w][\\w.-]{0,127}';
/** A digest: `algorithm:hex{32,}`. */
export const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9A-Fa-f]{32,}';

/** A whole reference: captures name, tag, digest. */
export const REFERENCE_RE = new RegExp(`^(${namePat})(?::(${TAG}))?(?:@(${DIGEST}))?$`);
/** A name: captures domain (optional) and path. */
export const NAME_RE = new RegExp(`^(?:(${domainAndPort})/)?(${remoteName})$`);
/** A tag, anchored. */
export const TAG_RE = new RegExp(`^${TAG}$`);
/** A digest, anchored. */
export const DIGEST_RE = new RegExp(`^${DIGEST}$`);
/** A 64-hex image identifier. */
export const IDENTIFIER_RE = /^[a-f0-9]{64}$/;
/** A domain with optional port, anchored. */
export const DOMAIN_RE = new RegExp(`^${domainAndPort}$`);

/** The longest allowed repository path. */
export const NAME_TOTAL_LENGTH_MAX = 255;

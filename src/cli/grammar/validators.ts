/**
 * @module
 * docker/cli's flag value validators (`opts.ValidateEnv`, `ValidateLabel`, `ValidateLink`,
 * `ValidateExtraHost`, `ValidateIPAddress`, `ValidateDNSSearch`, `ValidateSysctl`, and
 * `container/opts.go` `validateAttach`): each checks one occurrence and returns the value the
 * flag keeps, or throws the error docker prints after `invalid argument "…" for "…" flag: `.
 */
import { FlagValueError, type FlagValidator } from './flag.js';
import { goQuote } from './go-strconv.js';

/** The canonical text of an IPv4 or IPv6 address (Go `net.ParseIP(s).String()`), or undefined. */
export function canonicalIp(text: string): string | undefined {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(text)) {
    const parts = text.split('.').map(Number);
    if (parts.some((p, i) => p > 255 || (text.split('.')[i]!.length > 1 && text.split('.')[i]!.startsWith('0')))) return undefined;
    return parts.join('.');
  }
  if (!text.includes(':')) return undefined;
  let groups: number[];
  let head = text;
  let v4: string | undefined;
  const lastColon = text.lastIndexOf(':');
  if (text.slice(lastColon + 1).includes('.')) {
    v4 = canonicalIp(text.slice(lastColon + 1));
    if (!v4) return undefined;
    head = text.slice(0, lastColon + 1) + '0:0';
  }
  const halves = head.split('::');
  if (halves.length > 2) return undefined;
  const parse = (s: string) => (s === '' ? [] : s.split(':').map((g) => (/^[0-9a-fA-F]{1,4}$/.test(g) ? parseInt(g, 16) : NaN)));
  const left = parse(halves[0]!);
  const right = halves.length === 2 ? parse(halves[1]!) : [];
  if ([...left, ...right].some(Number.isNaN)) return undefined;
  if (halves.length === 2) {
    if (left.length + right.length > 7) return undefined;
    groups = [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
  } else {
    if (left.length !== 8) return undefined;
    groups = left;
  }
  if (v4) {
    const b = v4.split('.').map(Number);
    groups[6] = (b[0]! << 8) | b[1]!;
    groups[7] = (b[2]! << 8) | b[3]!;
    if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) return v4;
  }
  // The longest run of two or more zero groups becomes "::" (Go's rule: the first such run).
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j === i ? i + 1 : j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best < 0) return hex.join(':');
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
}

const fail = (message: string): never => {
  throw new FlagValueError(message);
};

/** `opts.ValidateEnv`: a name is required; `NAME` alone takes NAME's value from the CLI's environment. */
export const validateEnv: FlagValidator = (value, env) => {
  const eq = value.indexOf('=');
  const key = eq < 0 ? value : value.slice(0, eq);
  if (key === '') fail(`invalid environment variable: ${value}`);
  if (eq >= 0) return value;
  return key in env ? `${key}=${env[key]}` : value;
};

/** `opts.ValidateLabel`: `key[=value]`, the key non-empty and without blanks. */
export const validateLabel: FlagValidator = (value) => {
  const eq = value.indexOf('=');
  const key = (eq < 0 ? value : value.slice(0, eq)).replace(/^[ \t]+/, '');
  if (key === '') fail(`invalid label '${value}': empty name`);
  if (/[ \t]/.test(key)) fail(`label '${key}' contains whitespaces`);
  return value;
};

/** `opts.ValidateLink`: `name[:alias]`. */
export const validateLink: FlagValidator = (value) => {
  if (value === '') fail('empty string specified for links');
  if (value.split(':').length > 2) fail(`bad format for links: ${value}`);
  return value;
};

/** `opts.ValidateIPAddress`: an IPv4 or IPv6 address, returned in canonical form. */
export const validateIpAddress: FlagValidator = (value) => canonicalIp(value.trim()) ?? fail(`IP address is not correctly formatted: ${value}`);

/** `opts.ValidateExtraHost`: `host:ip` or `host=ip` (`host-gateway` allowed), sent as `host:ip`. */
export const validateExtraHost: FlagValidator = (value) => {
  let sep = value.indexOf('=');
  if (sep < 0) sep = value.indexOf(':');
  const key = sep < 0 ? '' : value.slice(0, sep);
  let ip = sep < 0 ? '' : value.slice(sep + 1);
  if (sep < 0 || key === '' || key.includes(':')) fail(`bad format for add-host: ${goQuote(value)}`);
  if (ip !== 'host-gateway') {
    if (ip.length > 2 && ip.startsWith('[') && ip.endsWith(']')) ip = ip.slice(1, -1);
    if (canonicalIp(ip.trim()) === undefined) fail(`invalid IP address in add-host: ${goQuote(ip)}`);
  }
  return `${key}:${ip}`;
};

/** `opts.ValidateDNSSearch`: a domain name, or `.` for none. */
export const validateDnsSearch: FlagValidator = (value) => {
  const v = value.replace(/^ +| +$/g, '');
  if (v === '.') return v;
  const m = /^(:?(:?[a-zA-Z0-9]|(:?[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))(:?\.(:?[a-zA-Z0-9]|(:?[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])))*)\.?\s*$/.exec(v);
  if (!/[a-zA-Z]/.test(v) || !m || m[1]!.length >= 255) fail(`${v} is not a valid domain`);
  return m![1]!;
};

const SYSCTLS = new Set(['kernel.msgmax', 'kernel.msgmnb', 'kernel.msgmni', 'kernel.sem', 'kernel.shmall', 'kernel.shmmax', 'kernel.shmmni', 'kernel.shm_rmid_forced']);

/** `opts.ValidateSysctl`: namespaced sysctls only. */
export const validateSysctl: FlagValidator = (value) => {
  const eq = value.indexOf('=');
  const key = eq < 0 ? '' : value.slice(0, eq);
  if (key === '' || !(SYSCTLS.has(key) || key.startsWith('net.') || key.startsWith('fs.mqueue.'))) fail(`sysctl '${value}' is not allowed`);
  return value;
};

/** `validateAttach` of `docker run -a`: stdin, stdout or stderr (any case), lower-cased. */
export const validateAttach: FlagValidator = (value) => {
  const s = value.toLowerCase();
  return ['stdin', 'stdout', 'stderr'].includes(s) ? s : fail('valid streams are STDIN, STDOUT and STDERR');
};

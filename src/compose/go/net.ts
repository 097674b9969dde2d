/**
 * @module
 * Go's `net.ParseIP` as a predicate: dotted-quad IPv4 (no leading zeros) or IPv6 (with `::` and an
 * optional trailing IPv4), no zone. Compose uses it to check `host_ip` and port specs.
 */

function isIPv4(text: string): boolean {
  const parts = text.split('.');
  return parts.length === 4 && parts.every((p) => /^(0|[1-9][0-9]{0,2})$/.test(p) && Number(p) <= 255);
}

function isIPv6(text: string): boolean {
  let groups = text;
  let expected = 8;
  const lastColon = groups.lastIndexOf(':');
  if (lastColon >= 0 && groups.includes('.', lastColon)) {
    if (!isIPv4(groups.slice(lastColon + 1))) return false;
    groups = `${groups.slice(0, lastColon + 1)}0`;
    expected = 7;
  }
  const halves = groups.split('::');
  if (halves.length > 2) return false;
  const parse = (half: string): string[] | undefined => {
    if (half === '') return [];
    const parts = half.split(':');
    return parts.every((p) => /^[0-9a-fA-F]{1,4}$/.test(p)) ? parts : undefined;
  };
  const head = parse(halves[0]!);
  if (head === undefined) return false;
  if (halves.length === 1) return head.length === expected;
  const tail = parse(halves[1]!);
  return tail !== undefined && head.length + tail.length < expected;
}

/** True when Go's `net.ParseIP` accepts `text`. */
export function isIP(text: string): boolean {
  return text.includes(':') ? isIPv6(text) : isIPv4(text);
}

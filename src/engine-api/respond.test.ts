import { describe, expect, it } from 'vitest';
import { goJson } from './respond.js';

describe('maps on the wire', () => {
  it("writes a Go map's keys sorted, whatever order they were set in; a struct keeps its field order", () => {
    const record = {
      Config: { Hostname: 'h', Labels: { zeta: '1', alpha: '2' }, ExposedPorts: { '8080/tcp': {}, '443/tcp': {} } },
      HostConfig: { PortBindings: { '80/tcp': [], '443/tcp': [] }, LogConfig: { Type: 'json-file', Config: { 'max-size': '1m', 'max-file': '3' } } },
    };
    expect(goJson(record)).toBe(
      '{"Config":{"Hostname":"h","Labels":{"alpha":"2","zeta":"1"},"ExposedPorts":{"443/tcp":{},"8080/tcp":{}}},' +
        '"HostConfig":{"PortBindings":{"443/tcp":[],"80/tcp":[]},"LogConfig":{"Type":"json-file","Config":{"max-file":"3","max-size":"1m"}}}}\n',
    );
  });
});

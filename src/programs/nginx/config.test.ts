/**
 * nginx's configuration reader: includes by pattern, what a site makes of it, and the `[emerg]`
 * texts of broken files.
 */
import { describe, expect, it } from 'vitest';
import { MemoryFs } from '../../../test/helpers/memory-fs.js';
import { loadConfig, NginxConfigError } from './config.js';
import { locate, serverFor, siteOf } from './site.js';

const fsWith = (files: { readonly [path: string]: string }) => new MemoryFs(files);

const MAIN = 'worker_processes auto;\nhttp {\n    types { text/html html; text/css css; }\n    include /etc/nginx/conf.d/*.conf;\n}\n';

describe('nginx configuration', () => {
  it('reads included servers with their ports, names, roots and locations', () => {
    const fs = fsWith({
      '/etc/nginx/nginx.conf': MAIN,
      '/etc/nginx/conf.d/a.conf': 'server { listen 80; server_name a.test; root /srv/a; location = /health { return 200 "ok"; } }\n',
      '/etc/nginx/conf.d/b.conf': 'server { listen 8080; root "/srv/b"; index start.html; location /static/ { root /srv/static; } }\n',
      '/etc/nginx/conf.d/c.txt': 'not a conf',
    });
    const site = siteOf(loadConfig(fs, '/etc/nginx/nginx.conf'), 4);
    expect(site.workers).toBe(4);
    expect(site.servers.map((s) => [s.ports, s.names])).toEqual([[[80], ['a.test']], [[8080], ['']]]);
    const b = serverFor(site, 8080, 'localhost:8080')!;
    expect(locate(b, '/static/app.css').root).toBe('/srv/static');
    expect(locate(b, '/other').index).toEqual(['start.html']);
    expect(locate(serverFor(site, 80, 'a.test')!, '/health').ret).toEqual({ code: 200, text: 'ok' });
    expect(site.types.get('css')).toBe('text/css');
  });

  it.each([
    ['server { listen 80; }}\n', 'unexpected "}" in /etc/nginx/conf.d/default.conf:1'],
    ['server {\n    listen 80;\n', 'unexpected end of file, expecting "}" in /etc/nginx/conf.d/default.conf:2'],
    ['server { listen 80 }\n', 'unexpected "}" in /etc/nginx/conf.d/default.conf:1'],
    ['server {\n    listen 80\n', 'unexpected end of file, expecting ";" or "}" in /etc/nginx/conf.d/default.conf:2'],
    ['server { listen http; }\n', 'invalid port in "http" of the "listen" directive in /etc/nginx/conf.d/default.conf:1'],
  ])('%j is refused: %s', (conf, message) => {
    const fs = fsWith({ '/etc/nginx/nginx.conf': MAIN, '/etc/nginx/conf.d/default.conf': conf });
    expect(() => siteOf(loadConfig(fs, '/etc/nginx/nginx.conf'), 1)).toThrow(new NginxConfigError(message));
  });

  it('names a missing main file as nginx does', () => {
    expect(() => loadConfig(new MemoryFs(), '/etc/nginx/nginx.conf')).toThrow('open() "/etc/nginx/nginx.conf" failed (2: No such file or directory)');
  });
});

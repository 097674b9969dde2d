import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Json } from '../../core/serialize.js';
import { memoryReader } from '../load/files.js';
import { loadModel, loadProject } from '../load/load-project.js';
import { renderConfig, renderModel } from './render.js';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'compose');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const load = (yaml: string, options: { profiles?: string[]; env?: Record<string, string> } = {}) =>
  loadProject({ workingDir: '/src/shop', reader: memoryReader({ '/src/shop/compose.yaml': yaml }), ...options }).project;

describe('docker compose config', () => {
  it('prints a full project in compose-go order with defaults filled in', () => {
    expect(renderConfig(load(fixture('full.compose.yaml'), { profiles: ['tools'] }))).toBe(fixture('full.config.yaml'));
  });

  it('leaves out resources no service uses, unless asked for all of them', () => {
    const yaml = 'services:\n  web:\n    image: nginx\nnetworks:\n  spare: {}\nvolumes:\n  unused: {}\n';
    expect(renderConfig(load(yaml))).not.toContain('spare');
    const all = loadProject({ workingDir: '/src/shop', allResources: true, reader: memoryReader({ '/src/shop/compose.yaml': yaml }) }).project;
    expect(renderConfig(all)).toContain('networks:\n  default:\n    name: shop_default\n  spare:\n    name: shop_spare\nvolumes:\n  unused:\n    name: shop_unused\n');
  });

  it('prints JSON as compose does: map keys sorted, nil commands as null, struct values kept', () => {
    const json = JSON.parse(renderConfig(load('services:\n  web:\n    image: nginx\n    ports: ["8080:80"]\n'), 'json')) as Record<string, Json>;
    expect(Object.keys(json)).toEqual(['name', 'networks', 'services']);
    expect(json.services).toEqual({
      web: { command: null, entrypoint: null, image: 'nginx', networks: { default: null }, ports: [{ mode: 'ingress', target: 80, published: '8080', protocol: 'tcp' }] },
    });
    expect(json.networks).toEqual({ default: { name: 'shop_default', ipam: {} } });
  });

  it('indents JSON with two spaces and escapes as encoding/json does', () => {
    const text = renderConfig(load('services:\n  web:\n    image: nginx\n    command: ["sh", "-c", "a && b <c>"]\n'), 'json');
    expect(text).toContain('\n  "services": {\n    "web": {\n      "command": [\n        "sh",');
    expect(text).toContain('"a \\u0026\\u0026 b \\u003cc\\u003e"');
  });

  it('doubles every $ so the output loads back to the same values', () => {
    const project = load('services:\n  web:\n    image: nginx\n    environment:\n      PRICE: $$5\n      TEMPLATE: "$${NAME}"\n');
    const text = renderConfig(project);
    expect(text).toContain('PRICE: $$5\n');
    expect(text).toContain('TEMPLATE: $${NAME}\n');
    expect(load(text).services.web!.environment).toEqual({ PRICE: '$5', TEMPLATE: '${NAME}' });
  });

  it('writes devices, ssh and GPU requests in canonical form', () => {
    const text = renderConfig(load('services:\n  web:\n    image: nginx\n    devices: ["/dev/ttyUSB0"]\n    gpus: all\n    build:\n      context: .\n      ssh: [default, key=/k]\n'));
    expect(text).toContain('    devices:\n      - source: /dev/ttyUSB0\n        target: /dev/ttyUSB0\n        permissions: rwm\n');
    expect(text).toContain('    gpus:\n      - count: -1\n');
    expect(text).toContain('      ssh:\n        - default\n        - \'key: /k\'\n');
  });

  it('keeps attributes it does not model, in canonical form', () => {
    const text = renderConfig(load('services:\n  web:\n    image: nginx\n    ulimits:\n      nofile: {soft: 1024, hard: 2048}\n    oom_score_adj: 500\n'));
    expect(text).toContain('    oom_score_adj: 500\n');
    expect(text).toContain('    ulimits:\n      nofile:\n        hard: 2048\n        soft: 1024\n');
  });
});

describe('docker compose config --no-interpolate', () => {
  const files = { '/src/demo/compose.yaml': 'services:\n  nginx:\n    build:\n      context: nginx-build\n      dockerfile: ${MYVAR}\n    ports:\n      - ${PORT:-8080}:80\n' };
  const { model } = loadModel({ workingDir: '/src/demo', interpolate: false, env: { MYVAR: 'ignored' }, reader: memoryReader(files) });

  it('prints the normalized model with sorted keys and variables as written', () => {
    expect(renderModel(model)).toBe(
      'name: demo\nnetworks:\n  default:\n    name: demo_default\nservices:\n  nginx:\n    build:\n      context: /src/demo/nginx-build\n      dockerfile: ${MYVAR}\n    networks:\n      default: null\n    ports:\n      - ${PORT:-8080}:80\n',
    );
  });

  it('prints JSON too', () => {
    expect(JSON.parse(renderModel(model, 'json'))).toEqual(model);
  });
});

/** Compose documents built from a vocabulary that exercises short and long syntaxes. */
const composeDoc: fc.Arbitrary<Json> = fc
  .record({
    web: fc.record(
      {
        image: fc.constantFrom('nginx', 'nginx:1.27', 'registry.local:5000/app'),
        command: fc.oneof(fc.constantFrom('npm start', 'sh -c "a && b"', ''), fc.constant(['x', '--flag=1'])),
        environment: fc.oneof(fc.dictionary(fc.constantFrom('A', 'B', 'PORT'), fc.oneof(fc.constantFrom('1', 'x y', 'true', '$$HOME'), fc.constant(null))), fc.uniqueArray(fc.constantFrom('A=1', 'B', 'C=a=b'), { selector: (e) => e.split('=')[0] })),
        ports: fc.uniqueArray(fc.constantFrom('80', '8080:80', '127.0.0.1:3000:3000', '53:53/udp', '9000-9001:9000-9001'), { maxLength: 3 }),
        volumes: fc.uniqueArray(fc.constantFrom('./src:/src', 'data:/data', '/cache', '/etc/x:/etc/x:ro'), { maxLength: 3, selector: (v) => v.split(':').slice(-2)[0] }),
        labels: fc.dictionary(fc.constantFrom('a', 'b.c'), fc.constantFrom('1', 'yes', '')),
        healthcheck: fc.record({ test: fc.constantFrom('curl -f localhost', ['CMD', 'true']), interval: fc.constantFrom('10s', '1m30s', '500ms') }),
        restart: fc.constantFrom('always', 'on-failure:3'),
        tty: fc.boolean(),
        stop_grace_period: fc.constantFrom('1s', '2m'),
      },
      { requiredKeys: ['image'] },
    ),
  })
  .map((services) => ({ services, volumes: { data: {} } }) as Json);

describe('config properties', () => {
  it('is a fixed point: loading what config prints and printing it again changes nothing', () => {
    fc.assert(
      fc.property(composeDoc, (doc) => {
        const once = renderConfig(load(JSON.stringify(doc)));
        expect(renderConfig(load(once))).toBe(once);
      }),
      { numRuns: 60 },
    );
  });

  it('JSON and YAML describe the same project', () => {
    fc.assert(
      fc.property(composeDoc, (doc) => {
        const project = load(JSON.stringify(doc));
        const fromJson = load(renderConfig(project, 'json'));
        expect(renderConfig(fromJson)).toBe(renderConfig(project));
      }),
      { numRuns: 40 },
    );
  });
});

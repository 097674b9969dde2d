import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Json } from '../../core/serialize.js';
import { bindService } from './bind-service.js';
import { toCanonical } from './canonical.js';
import { cloneJson, type Dict } from './dict.js';
import { memoryReader } from './files.js';
import { loadProject } from './load-project.js';
import { mergeDocuments } from './merge.js';
import { enforceUnicity } from './unicity.js';

const DIR = '/p/app';
const web = (files: string[]) => {
  const reader = memoryReader(Object.fromEntries(files.map((content, i) => [`${DIR}/f${i}.yaml`, content])));
  return loadProject({ workingDir: DIR, reader, files: files.map((_, i) => `f${i}.yaml`) }).project.services.web!;
};
const base = 'services:\n  web:\n    image: nginx\n';

describe('merging -f files (compose-go override rules)', () => {
  it('replaces scalars and whole commands', () => {
    const s = web([`${base}    command: [nginx, -g, "daemon off;"]\n    user: root\n`, 'services:\n  web:\n    image: httpd\n    command: httpd-foreground\n']);
    expect(s.image).toBe('httpd');
    expect(s.command).toEqual(['httpd-foreground']);
    expect(s.user).toBe('root');
  });

  it('merges environment and labels by key, whatever their syntax', () => {
    const s = web([`${base}    environment:\n      A: 1\n      B: 2\n    labels: [x=1]\n`, 'services:\n  web:\n    environment:\n      - B=two\n      - C=3\n    labels:\n      y: "2"\n']);
    expect(s.environment).toEqual({ A: '1', B: 'two', C: '3' });
    expect(s.labels).toEqual({ x: '1', y: '2' });
  });

  it('keeps one port per host ip, published port, target and protocol', () => {
    const s = web([`${base}    ports: ["8080:80", "443:443"]\n`, 'services:\n  web:\n    ports: ["8080:80", "9090:90"]\n']);
    expect(s.ports!.map((p) => `${p.published}:${p.target}`)).toEqual(['8080:80', '443:443', '9090:90']);
  });

  it('keeps one mount per target, the later one in place of the earlier', () => {
    const s = web([`${base}    volumes: ["data:/data", "/etc/a:/etc/a"]\nvolumes: {data: {}, other: {}}\n`, 'services:\n  web:\n    volumes: ["other:/data/"]\n']);
    expect(s.volumes!.map((v) => `${v.source}:${v.target}`)).toEqual(['other:/data', '/etc/a:/etc/a']);
  });

  it('merges depends_on and networks as mappings', () => {
    const s = web([
      `${base}    depends_on: [db]\n    networks: [front]\n  db:\n    image: pg\n  cache:\n    image: redis\nnetworks: {front: {}, back: {}}\n`,
      'services:\n  web:\n    depends_on:\n      cache:\n        condition: service_healthy\n    networks:\n      back:\n        aliases: [api]\n',
    ]);
    expect(s.depends_on).toEqual({ db: { condition: 'service_started', required: true }, cache: { condition: 'service_healthy', required: true } });
    expect(s.networks).toEqual({ front: null, back: { aliases: ['api'] } });
  });

  it('appends lists without identity and dedupes expose and extra_hosts', () => {
    const s = web([`${base}    expose: ["80", 81]\n    extra_hosts: ["a=1.1.1.1"]\n    cap_add: [NET_ADMIN]\n`, 'services:\n  web:\n    expose: [80, "82"]\n    extra_hosts: ["a=1.1.1.1", "b=2.2.2.2"]\n    cap_add: [SYS_TIME]\n']);
    expect(s.expose).toEqual(['80', '81', '82']);
    expect(s.extra_hosts).toEqual({ a: ['1.1.1.1'], b: ['2.2.2.2'] });
    expect(s.cap_add).toEqual(['NET_ADMIN', 'SYS_TIME']);
  });

  it('merges build given as a string with build given as a mapping', () => {
    const s = web(['services:\n  web:\n    build: ./app\n', 'services:\n  web:\n    build:\n      target: prod\n      args: [V=1]\n']);
    expect(s.build).toEqual({ context: `${DIR}/app`, dockerfile: 'Dockerfile', target: 'prod', args: { V: '1' } });
  });

  it('drops what !reset names and replaces what !override names', () => {
    const s = web([`${base}    ports: ["8080:80"]\n    environment: {A: "1"}\n    user: root\n`, 'services:\n  web:\n    ports: !override ["9090:90"]\n    environment: !reset {}\n    user: !reset null\n']);
    expect(s.ports!.map((p) => `${p.published}:${p.target}`)).toEqual(['9090:90']);
    expect(s.environment).toBeUndefined();
    expect(s.user).toBeUndefined();
  });

  it('replaces logging options when the driver changes', () => {
    const files = [`${base}    logging:\n      driver: json-file\n      options: {max-size: 10m}\n`];
    expect(web([...files, 'services:\n  web:\n    logging:\n      options: {max-file: "3"}\n']).logging).toEqual({ driver: 'json-file', options: { 'max-size': '10m', 'max-file': '3' } });
    expect(web([...files, 'services:\n  web:\n    logging:\n      driver: syslog\n']).logging).toEqual({ driver: 'syslog' });
  });

  it('merges documents of one file in order', () => {
    expect(web([`${base}---\nservices:\n  web:\n    image: httpd\n`]).image).toBe('httpd');
  });

  it('refuses to merge a mapping with a list', () => {
    expect(() => web([`${base}    deploy: {resources: {limits: {cpus: "1"}}}\n`, 'services:\n  web:\n    deploy: [1]\n'])).toThrow('cannot override services.web.deploy');
  });
});

/** Raw service documents built from a small vocabulary, in every syntax compose accepts. */
const serviceDoc: fc.Arbitrary<Dict> = fc
  .record(
    {
      image: fc.constantFrom('nginx', 'httpd', 'redis'),
      command: fc.oneof(fc.constantFrom('run a', 'run b'), fc.constant(['x', 'y'])),
      environment: fc.oneof(
        fc.dictionary(fc.constantFrom('A', 'B', 'C'), fc.constantFrom('1', '2')),
        fc.uniqueArray(fc.constantFrom('A=1', 'B=2', 'C=3', 'D'), { selector: (e) => e.split('=')[0] }),
      ),
      labels: fc.dictionary(fc.constantFrom('l1', 'l2'), fc.constantFrom('v', 'w')),
      ports: fc.array(fc.constantFrom('80', '8080:80', '127.0.0.1:81:81', '90:90/udp'), { maxLength: 3 }),
      expose: fc.array(fc.constantFrom('1', '2', '3'), { maxLength: 3 }),
      volumes: fc.array(fc.constantFrom('/a:/x', '/b:/x', '/c:/y', 'v:/z'), { maxLength: 3 }),
      networks: fc.oneof(fc.uniqueArray(fc.constantFrom('n1', 'n2')), fc.dictionary(fc.constantFrom('n1', 'n2'), fc.constant(null))),
      depends_on: fc.uniqueArray(fc.constantFrom('db', 'cache')),
    },
    { requiredKeys: [] },
  )
  .map((s) => s as unknown as Dict);

const doc = (service: Dict): Dict => ({ services: { web: service } });
const STRICT = { warn: () => {}, lenient: false };
const step = (a: Dict, b: Dict): Dict => enforceUnicity(toCanonical(cloneJson(enforceUnicity(mergeDocuments(a, b))), STRICT));
const bound = (d: Dict) => bindService('web', ((d.services as Dict | undefined)?.web ?? {}) as Dict);

describe('merge properties', () => {
  it('is associative on services: (a+b)+c equals a+(b+c)', () => {
    fc.assert(
      fc.property(serviceDoc, serviceDoc, serviceDoc, (a, b, c) => {
        const left = step(step(toCanonical(cloneJson(doc(a)), STRICT), doc(b)), doc(c));
        const right = step(toCanonical(cloneJson(doc(a)), STRICT), step(toCanonical(cloneJson(doc(b)), STRICT), doc(c)));
        expect(bound(left)).toEqual(bound(right));
      }),
    );
  });

  it('merging a file with itself changes nothing', () => {
    fc.assert(
      fc.property(serviceDoc, (a) => {
        const once = toCanonical(cloneJson(doc(a)), STRICT);
        expect(bound(step(once, doc(a) as Json as Dict))).toEqual(bound(enforceUnicity(once)));
      }),
    );
  });
});

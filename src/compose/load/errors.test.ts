/**
 * Invalid compose files and the exact errors `docker compose` reports for them.
 */
import { describe, expect, it } from 'vitest';
import { isDockerError } from '../../core/errors.js';
import { checkContainerNameUnicity } from './consistency.js';
import { memoryReader } from './files.js';
import { loadProject } from './load-project.js';

const DIR = '/home/me/app';
const FILE = `${DIR}/compose.yaml`;
const load = (yaml: string, env: Record<string, string> = {}) => loadProject({ workingDir: DIR, env, reader: memoryReader({ [FILE]: yaml }) });

const svc = (body: string): string => `services:\n  web:\n    image: nginx\n${body}`;

const CASES: readonly [string, string, string][] = [
  // schema
  ['an unknown service key', svc('    foo: 1\n'), `validating ${FILE}: services.web additional properties 'foo' not allowed`],
  ['several unknown keys', svc('    foo: 1\n    bar: 2\n'), `validating ${FILE}: services.web additional properties 'foo', 'bar' not allowed`],
  ['an unknown top-level key', 'foo: 1\nservices:\n  web:\n    image: nginx\n', `validating ${FILE}:  additional properties 'foo' not allowed`],
  // extends runs before the schema and says it first
  ['a list of services', 'services:\n  - web\n', 'services must be a mapping'],
  ['a service that is a string', 'services:\n  foo: busybox\n', 'services.foo must be a mapping'],
  ['a network that is a string', svc('networks:\n  default: bridge\n'), `validating ${FILE}: networks.default must be a mapping or null`],
  ['volumes as a list', svc('volumes:\n  - data\n'), `validating ${FILE}: volumes must be a mapping`],
  ['an image that is a list', 'services:\n  foo:\n    image: [busybox, latest]\n', `validating ${FILE}: services.foo.image must be a string`],
  ['ports as a string', svc('    ports: "80:80"\n'), `validating ${FILE}: services.web.ports must be a array`],
  ['an environment value that is a list', svc('    environment:\n      FOO: [1]\n'), `validating ${FILE}: services.web.environment.FOO must be a boolean, null, number or string`],
  ['an unknown depends_on condition', 'services:\n  web:\n    image: nginx\n    depends_on:\n      db:\n        condition: service_ready\n  db:\n    image: pg\n', `validating ${FILE}: services.web.depends_on.db.condition value must be one of 'service_started', 'service_healthy', 'service_completed_successfully'`],
  ['a mount with an unknown key', svc('    volumes:\n      - type: tmpfs\n        target: /app\n        foo: {bar: zot}\n'), `validating ${FILE}: services.web.volumes.0 additional properties 'foo' not allowed`],
  ['a healthcheck key misspelled', svc('    healthcheck:\n      test: [CMD, "true"]\n      interva: 5s\n'), `validating ${FILE}: services.web.healthcheck additional properties 'interva' not allowed`],
  ['name that is not a string', 'name: 123\nservices:\n  web:\n    image: nginx\n', `validating ${FILE}: name must be a string`],
  // parsing
  ['a duplicate key', svc('    image: httpd\n'), `failed to parse ${FILE}: line 4: mapping key "image" already defined at line 3`],
  ['a tab in the indentation', 'services:\n  web:\n    image: nginx\n\tbuild: .\n', `failed to parse ${FILE}: yaml: line 4: found a tab character that violates indentation`],
  ['a scalar document', '1\n', 'top-level object must be a mapping'],
  ['a list document', '- a\n', 'top-level object must be a mapping'],
  ['an empty file', '', 'empty compose file'],
  ['a non-string key', 'services:\n  web:\n    image: nginx\n  123:\n    image: x\n', 'non-string key in services: 123'],
  // interpolation
  ['an unclosed ${', svc('    environment:\n      - X=${FOO\n'), 'invalid interpolation format for services.web.environment.[].\nYou may need to escape any $ with another $.\nX=${FOO'],
  ['a required variable', 'services:\n  web:\n    image: "nginx:${TAG:?please set TAG}"\n', 'error while interpolating services.web.image: required variable TAG is missing a value: please set TAG'],
  ['a bad boolean', svc('    tty: ${TTY}\n'), 'error while interpolating services.web.tty: failed to cast to expected type: invalid boolean: maybe'],
  ['a bad number', svc('    scale: ${N}\n'), 'error while interpolating services.web.scale: failed to cast to expected type: strconv.Atoi: parsing "many": invalid syntax'],
  // canonical forms
  ['a bad port', svc('    ports: ["abc"]\n'), 'Invalid containerPort: abc'],
  ['a bad host port', svc('    ports: ["x:80"]\n'), 'Invalid hostPort: x'],
  ['a bad volume spec', svc('    volumes: ["/a::/b"]\n'), 'invalid spec: /a::/b: empty section between colons'],
  ['a bind mount without source', svc('    volumes:\n      - type: bind\n        target: /app\n'), 'invalid mount config for type "bind": field Source must not be empty'],
  ['an invalid host_ip', svc('    ports:\n      - target: 80\n        host_ip: 1.2.3\n'), 'services.web.ports.[]: invalid ip address: 1.2.3'],
  ['a device mapping with too many colons', svc('    devices: ["/a:/b:rwm:x"]\n'), 'confusing device mapping, please use long syntax: /a:/b:rwm:x'],
  ['a GPU request with count and ids', svc('    deploy:\n      resources:\n        reservations:\n          devices:\n            - capabilities: [gpu]\n              count: 1\n              device_ids: ["0"]\n'), 'services.web.deploy.resources.reservations.devices.[]: "count" and "device_ids" attributes are exclusive'],
  ['external with a driver', svc('volumes:\n  data:\n    external: true\n    driver: foo\n'), 'volumes.data: conflicting parameters "external" and "driver" specified'],
  ['external.name conflicting with name', svc('volumes:\n  data:\n    name: a\n    external:\n      name: b\n'), 'volumes.data: name and external.name conflict; only use name'],
  ['a bad duration', svc('    healthcheck:\n      test: ["CMD", "true"]\n      interval: 10x\n'), `decoding failed due to the following error(s):\n\n'services[web].healthcheck.interval' time: unknown unit "x" in duration "10x"`],
  ['an unbalanced quote in command', svc('    command: echo "hi\n'), `decoding failed due to the following error(s):\n\n'services[web].command' invalid command line string`],
  ['an environment key with a trailing space', svc('    environment:\n      - "FOO =bar"\n'), `decoding failed due to the following error(s):\n\n'services[web].environment' environment variable FOO  is declared with a trailing space`],
  ['an extra host without IP', svc('    extra_hosts: [somehost]\n'), `decoding failed due to the following error(s):\n\n'services[web].extra_hosts' invalid additional host, missing IP: somehost`],
  // consistency
  ['a service without image or build', 'services:\n  web:\n    command: echo\n', 'service "web" has neither an image nor a build context specified: invalid compose project'],
  ['an undefined network', svc('    networks: [front]\n'), 'service "web" refers to undefined network front: invalid compose project'],
  ['an undefined volume', svc('    volumes: ["data:/data"]\n'), 'service "web" refers to undefined volume data: invalid compose project'],
  ['an undefined dependency', svc('    depends_on: [db]\n'), 'service "web" depends on undefined service "db": invalid compose project'],
  ['a self dependency', svc('    depends_on: [web]\n'), 'dependency cycle detected: web -> web'],
  [
    'a dependency cycle',
    'services:\n  service1:\n    image: a\n    depends_on: [service2]\n  service2:\n    image: a\n    depends_on: [service3]\n  service3:\n    image: a\n    depends_on: [service1]\n',
    'dependency cycle detected: service1 -> service2 -> service3 -> service1',
  ],
  ['network_mode with networks', svc('    network_mode: host\n    networks: [default]\n'), 'service web declares mutually exclusive `network_mode` and `networks`: invalid compose project'],
  ['a bad healthcheck test', svc('    healthcheck:\n      test: [RUN, "true"]\n'), 'healthcheck.test must start either by "CMD", "CMD-SHELL" or "NONE"'],
  ['scale and replicas that differ', svc('    scale: 2\n    deploy:\n      replicas: 3\n'), "services.web: can't set distinct values on 'scale' and 'deploy.replicas': invalid compose project"],
  ['a negative scale', svc('    scale: -1\n'), 'services.web.scale: must be greater than or equal to 0'],
  ['container_name with replicas', svc('    container_name: one\n    deploy:\n      replicas: 2\n'), "services.deploy.replicas: can't set container_name and web as container name must be unique: invalid compose project"],
  ['a tmpfs and a volume on one target', svc('    tmpfs: /data\n    volumes: ["/a:/data"]\n'), 'services.web.volumes[0]: target /data already mounted as services.web.tmpfs[0]'],
  ['network_mode on a missing service', svc('    network_mode: "service:vpn"\n'), 'service "web" depends on undefined service "vpn": invalid compose project'],
];

describe('invalid compose files', () => {
  it.each(CASES)('%s', (_what, yaml, message) => {
    let error: unknown;
    try {
      load(yaml, { TTY: 'maybe', N: 'many' });
    } catch (e) {
      error = e;
    }
    expect(isDockerError(error)).toBe(true);
    expect((error as Error).message).toBe(message);
  });

  it('refuses two services with one container_name, when up or config checks (with compose\'s odd wording)', () => {
    const { project } = load('services:\n  a:\n    image: x\n    container_name: same\n  b:\n    image: y\n    container_name: same\n');
    expect(() => checkContainerNameUnicity(project)).toThrow('services.b: container name "same" is already in use by service {}"');
    expect(() => checkContainerNameUnicity(load(svc('    container_name: one\n')).project)).not.toThrow();
  });

  it('reports invalid files as invalid parameters, missing ones as not found', () => {
    expect(() => load('services: []\n')).toThrow(expect.objectContaining({ kind: 'InvalidParameter' }));
    expect(() => loadProject({ workingDir: DIR })).toThrow(expect.objectContaining({ kind: 'NotFound' }));
  });
});

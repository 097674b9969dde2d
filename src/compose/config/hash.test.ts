import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../core/digest.js';
import { memoryReader } from '../load/files.js';
import { loadProject } from '../load/load-project.js';
import { serviceScale, withScale } from '../model/service.js';
import { serviceConfigHash } from './hash.js';

const service = (body: string, extra = '') =>
  loadProject({ workingDir: '/w/app', profiles: ['x'], reader: memoryReader({ '/w/app/compose.yaml': `services:\n  web:\n${body}${extra}` }) }).project.services.web!;

const BASE = '    image: mysql:8.0\n    environment:\n      MYSQL_ROOT_PASSWORD: secret\n      MYSQL_DATABASE: todos\n    volumes:\n      - todo-mysql-data:/var/lib/mysql\n';
const VOLUMES = 'volumes:\n  todo-mysql-data:\n';

describe('com.docker.compose.config-hash (docker/compose ServiceHash)', () => {
  it('is the sha256 of the service as encoding/json writes types.ServiceConfig', () => {
    const json =
      '{"command":null,"entrypoint":null,"environment":{"MYSQL_DATABASE":"todos","MYSQL_ROOT_PASSWORD":"secret"},"image":"mysql:8.0",' +
      '"networks":{"default":null},"volumes":[{"type":"volume","source":"todo-mysql-data","target":"/var/lib/mysql","volume":{}}]}';
    expect(serviceConfigHash(service(BASE, VOLUMES))).toBe(sha256Hex(json));
  });

  it('writes durations as text, bind defaults left out, and deploy with its struct values', () => {
    const json =
      '{"command":["sh","-c","a \\u0026\\u0026 b"],"deploy":{"resources":{},"placement":{}},"entrypoint":null,' +
      '"healthcheck":{"test":["CMD-SHELL","true"],"interval":"1m30s"},"image":"nginx","networks":{"default":null},' +
      '"stop_grace_period":"5s","volumes":[{"type":"bind","source":"/w/app/src","target":"/src","bind":{}}]}';
    const s = service('    image: nginx\n    command: ["sh", "-c", "a && b"]\n    deploy:\n      replicas: 3\n    healthcheck:\n      test: "true"\n      interval: 90s\n    stop_grace_period: 5s\n    volumes: ["./src:/src"]\n');
    expect(serviceConfigHash(s)).toBe(sha256Hex(json));
  });

  it('ignores deploy.replicas (but not the rest of deploy)', () => {
    const replicas = (n: number) => serviceConfigHash(service(`${BASE}    deploy:\n      replicas: ${n}\n`, VOLUMES));
    expect(replicas(5)).toBe(replicas(2));
    expect(replicas(5)).not.toBe(serviceConfigHash(service(BASE, VOLUMES)));
  });

  it('does not change when up --scale changes the replicas', () => {
    const s = service(`${BASE}    deploy:\n      replicas: 2\n`, VOLUMES);
    const scaled = withScale(s, 3);
    expect(serviceScale(scaled)).toBe(3);
    expect(scaled.deploy!.replicas).toBe(3);
    expect(serviceConfigHash(scaled)).toBe(serviceConfigHash(s));
    expect(Object.isFrozen(scaled)).toBe(true);
  });

  it.each([
    ['scale', '    scale: 4\n'],
    ['a build section', '    build: .\n'],
    ['profiles', '    profiles: [x]\n'],
    ['pull_policy', '    pull_policy: always\n'],
    ['depends_on', '    depends_on: [db]\n  db:\n    image: pg\n'],
  ])('ignores %s', (_what, extra) => {
    const plain = serviceConfigHash(service(BASE, VOLUMES));
    expect(serviceConfigHash(service(BASE + extra, VOLUMES))).toBe(plain);
  });

  it.each([
    ['the image', BASE.replace('mysql:8.0', 'mysql:8.4')],
    ['the environment', BASE.replace('todos', 'items')],
    ['a published port', `${BASE}    ports: ["3306:3306"]\n`],
    ['the command', `${BASE}    command: mysqld --verbose\n`],
  ])('changes with %s', (_what, body) => {
    expect(serviceConfigHash(service(body, VOLUMES))).not.toBe(serviceConfigHash(service(BASE, VOLUMES)));
  });
});

import { describe, expect, it } from 'vitest';
import { memoryReader } from './files.js';
import { loadProject } from './load-project.js';

const DIR = '/w/app';
const load = (files: Record<string, string>, env: Record<string, string> = {}) => loadProject({ workingDir: DIR, env, reader: memoryReader(files) }).project;

describe('extends', () => {
  it('starts a service from another one in the same file and merges over it', () => {
    const p = load({
      [`${DIR}/compose.yaml`]:
        'services:\n  base:\n    image: node:20\n    environment: {A: "1", B: "2"}\n    ports: ["3000"]\n    user: node\n  web:\n    extends: base\n    environment: {B: two}\n    command: npm start\n    user: !reset null\n',
    });
    const web = p.services.web!;
    expect(web.image).toBe('node:20');
    expect(web.environment).toEqual({ A: '1', B: 'two' });
    expect(web.command).toEqual(['npm', 'start']);
    expect(web.user).toBeUndefined();
    expect(web.extra).toBeUndefined();
  });

  it('follows chains', () => {
    const p = load({ [`${DIR}/compose.yaml`]: 'services:\n  a:\n    image: x\n    tty: true\n  b:\n    extends: {service: a}\n    init: true\n  c:\n    extends: b\n    hostname: c\n' });
    expect(p.services.c).toMatchObject({ image: 'x', tty: true, init: true, hostname: 'c' });
  });

  it('reads another file, resolving its paths against that file', () => {
    const p = load({
      [`${DIR}/compose.yaml`]: 'services:\n  web:\n    extends:\n      file: common/base.yaml\n      service: app\n    ports: ["80:80"]\n',
      [`${DIR}/common/base.yaml`]: 'services:\n  app:\n    build: ./src\n    volumes: ["./conf:/conf"]\n',
    });
    expect(p.services.web!.build!.context).toBe(`${DIR}/common/src`);
    expect(p.services.web!.volumes![0]!.source).toBe(`${DIR}/common/conf`);
    expect(p.services.web!.ports![0]!.published).toBe('80');
  });

  it.each([
    ['a missing service', 'services:\n  web:\n    extends: nope\n', `cannot extend service "web" in ${DIR}/compose.yaml: service "nope" not found`],
    ['a service missing from the other file', 'services:\n  web:\n    extends: {file: other.yaml, service: nope}\n', `cannot extend service "web" in ${DIR}/compose.yaml: service "nope" not found in other.yaml`],
    ['a missing file', 'services:\n  web:\n    extends: {file: gone.yaml, service: x}\n', `open ${DIR}/gone.yaml: no such file or directory`],
    ['extends without a service', 'services:\n  web:\n    image: x\n    extends: {file: other.yaml}\n', 'extends.web.service is required'],
    [
      'a loop',
      'services:\n  a:\n    extends: b\n  b:\n    extends: a\n',
      `Circular reference:\n  a in ${DIR}/compose.yaml\n  extends b in ${DIR}/compose.yaml\n  extends a in ${DIR}/compose.yaml`,
    ],
  ])('refuses %s', (_what, yaml, message) => {
    expect(() => load({ [`${DIR}/compose.yaml`]: yaml, [`${DIR}/other.yaml`]: 'services:\n  x:\n    image: x\n' })).toThrow(message);
  });
});

describe('include', () => {
  it('imports another application, loaded relative to its own directory with its own .env', () => {
    const p = load({
      [`${DIR}/compose.yaml`]: 'include:\n  - ../db/compose.yaml\nservices:\n  web:\n    image: nginx\n    depends_on: [db]\n',
      '/w/db/compose.yaml': 'services:\n  db:\n    image: "postgres:${PG}"\n    volumes: ["./init:/docker-entrypoint-initdb.d", "data:/var/lib/postgresql/data"]\nvolumes:\n  data: {}\n',
      '/w/db/.env': 'PG=16\n',
    });
    expect(Object.keys(p.services)).toEqual(['db', 'web']);
    expect(p.services.db!.image).toBe('postgres:16');
    expect(p.services.db!.volumes![0]!.source).toBe('/w/db/init');
    expect(p.volumes.data!.name).toBe('app_data');
  });

  it('lets the project environment win over the included .env', () => {
    const files = { [`${DIR}/compose.yaml`]: 'include: [lib/compose.yaml]\n', [`${DIR}/lib/compose.yaml`]: 'services:\n  x:\n    image: "img:${TAG}"\n', [`${DIR}/lib/.env`]: 'TAG=lib\n' };
    expect(load(files, { TAG: 'mine' }).services.x!.image).toBe('img:mine');
    expect(load(files).services.x!.image).toBe('img:lib');
  });

  it('merges a local declaration over the included one', () => {
    const p = load({
      [`${DIR}/compose.yaml`]: 'include: [lib.yaml]\nservices:\n  x:\n    image: local\n',
      [`${DIR}/lib.yaml`]: 'services:\n  x:\n    image: lib\n    tty: true\n',
    });
    expect(p.services.x).toMatchObject({ image: 'local', tty: true });
  });

  it('refuses a cycle', () => {
    const files = { [`${DIR}/compose.yaml`]: 'include: [a.yaml]\n', [`${DIR}/a.yaml`]: 'include: [compose.yaml]\n' };
    expect(() => load(files)).toThrow(`include cycle detected:\n${DIR}/compose.yaml\n include ${DIR}/a.yaml\n include ${DIR}/compose.yaml`);
  });
});

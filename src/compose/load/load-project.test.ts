import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderConfig } from '../config/render.js';
import { memoryReader } from './files.js';
import { loadProject, type LoadProjectOptions } from './load-project.js';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'compose');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

const DIR = '/home/me/app';
const load = (files: Record<string, string>, options: Partial<LoadProjectOptions> = {}) =>
  loadProject({ workingDir: DIR, reader: memoryReader(files), ...options });

describe('the getting-started workshop (fact sheet §9 step 7)', () => {
  const files = { '/home/me/getting-started-app/compose.yaml': fixture('getting-started.compose.yaml') };
  const { project, warnings } = loadProject({ workingDir: '/home/me/getting-started-app', reader: memoryReader(files) });

  it('is named after its directory and finds its compose.yaml', () => {
    expect(project.name).toBe('getting-started-app');
    expect(project.workingDir).toBe('/home/me/getting-started-app');
    expect(project.composeFiles).toEqual(['/home/me/getting-started-app/compose.yaml']);
    expect(warnings).toEqual([]);
  });

  it('normalizes both services, the implicit default network and the named volume', () => {
    expect(Object.keys(project.services)).toEqual(['app', 'mysql']);
    expect(project.services.app!.command).toEqual(['sh', '-c', 'yarn install && yarn run dev']);
    expect(project.services.app!.ports).toEqual([{ mode: 'ingress', host_ip: '127.0.0.1', target: 3000, published: '3000', protocol: 'tcp' }]);
    expect(project.services.app!.volumes).toEqual([{ type: 'bind', source: '/home/me/getting-started-app', target: '/app', bind: { create_host_path: true } }]);
    expect(project.services.mysql!.networks).toEqual({ default: null });
    expect(project.networks).toEqual({ default: { name: 'getting-started-app_default' } });
    expect(project.volumes).toEqual({ 'todo-mysql-data': { name: 'getting-started-app_todo-mysql-data' } });
  });

  it('prints `docker compose config` exactly', () => {
    expect(renderConfig(project)).toBe(fixture('getting-started.config.yaml'));
  });

  it('is frozen', () => {
    expect(Object.isFrozen(project)).toBe(true);
    expect(Object.isFrozen(project.services.app!.ports![0])).toBe(true);
  });
});

describe('finding the compose files', () => {
  const web = 'services:\n  web:\n    image: nginx\n';

  it.each(['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'])('finds %s', (name) => {
    expect(load({ [`${DIR}/${name}`]: web }).project.composeFiles).toEqual([`${DIR}/${name}`]);
  });

  it('prefers compose.yaml and warns when several names exist', () => {
    const { project, warnings } = load({ [`${DIR}/compose.yaml`]: web, [`${DIR}/docker-compose.yml`]: web });
    expect(project.composeFiles).toEqual([`${DIR}/compose.yaml`]);
    expect(warnings).toEqual([`Found multiple config files with supported names: ${DIR}/compose.yaml, ${DIR}/docker-compose.yml`, `Using ${DIR}/compose.yaml`]);
  });

  it('applies the override file found beside it', () => {
    const { project } = load({ [`${DIR}/compose.yaml`]: web, [`${DIR}/compose.override.yaml`]: 'services:\n  web:\n    ports: ["8080:80"]\n' });
    expect(project.composeFiles).toEqual([`${DIR}/compose.yaml`, `${DIR}/compose.override.yaml`]);
    expect(project.services.web!.ports).toEqual([{ mode: 'ingress', target: 80, published: '8080', protocol: 'tcp' }]);
  });

  it('searches parent directories, and the project is where the file is', () => {
    const { project } = load({ '/home/me/compose.yaml': web }, { workingDir: '/home/me/app/src' });
    expect(project.composeFiles).toEqual(['/home/me/compose.yaml']);
    expect(project.name).toBe('me');
  });

  it('fails without any file', () => {
    expect(() => load({})).toThrow('no configuration file provided: not found');
  });

  it('takes -f files relative to the working directory, in order', () => {
    const { project } = load({ [`${DIR}/a.yaml`]: web, [`${DIR}/conf/b.yaml`]: 'services:\n  web:\n    image: httpd\n' }, { files: ['a.yaml', 'conf/b.yaml'] });
    expect(project.composeFiles).toEqual([`${DIR}/a.yaml`, `${DIR}/conf/b.yaml`]);
    expect(project.services.web!.image).toBe('httpd');
  });

  it('reports a missing -f file as Go does', () => {
    expect(() => load({}, { files: ['nope.yaml'] })).toThrow(`open ${DIR}/nope.yaml: no such file or directory`);
  });

  it('accepts files given with their content', () => {
    const { project } = loadProject({ workingDir: '/src/demo', files: [{ path: 'compose.yaml', content: web }] });
    expect(project.name).toBe('demo');
    expect(project.composeFiles).toEqual(['/src/demo/compose.yaml']);
  });

  it('reads COMPOSE_FILE (from the environment or .env) when no -f is given', () => {
    const files = { [`${DIR}/one.yaml`]: web, [`${DIR}/two.yaml`]: 'services:\n  web:\n    image: httpd\n', [`${DIR}/.env`]: 'COMPOSE_FILE=one.yaml:two.yaml\n' };
    expect(load(files).project.composeFiles).toEqual([`${DIR}/one.yaml`, `${DIR}/two.yaml`]);
    expect(() => load({ [`${DIR}/.env`]: 'COMPOSE_FILE=gone.yaml\n' })).toThrow(`stat ${DIR}/gone.yaml: no such file or directory`);
  });
});

describe('naming the project', () => {
  const file = (name = '') => ({ [`${DIR}/compose.yaml`]: `${name}services:\n  web:\n    image: nginx\n` });

  it.each([
    ['the directory', {}, file(), {}, 'app'],
    ['name: in the file', {}, file('name: fromfile\n'), {}, 'fromfile'],
    ['COMPOSE_PROJECT_NAME over name:', {}, file('name: fromfile\n'), { COMPOSE_PROJECT_NAME: 'fromenv' }, 'fromenv'],
    ['-p over everything', { projectName: 'flag' }, file('name: fromfile\n'), { COMPOSE_PROJECT_NAME: 'fromenv' }, 'flag'],
    ['an interpolated, normalized name:', {}, file('name: ${TEAM}-Demo.App\n'), { TEAM: 'Ops' }, 'ops-demoapp'],
  ])('%s', (_what, options, files, env, expected) => {
    expect(load(files, { ...options, env }).project.name).toBe(expected);
  });

  it('normalizes the directory name', () => {
    const { project } = loadProject({ workingDir: '/src/_My App.v2', reader: memoryReader({ '/src/_My App.v2/compose.yaml': 'services:\n  web:\n    image: nginx\n' }) });
    expect(project.name).toBe('myappv2');
    expect(project.networks.default!.name).toBe('myappv2_default');
  });

  it.each([
    [{ projectName: 'My_App' }, {}, 'invalid project name "My_App": must consist only of lowercase alphanumeric characters, hyphens, and underscores as well as start with a letter or number'],
    [{}, { COMPOSE_PROJECT_NAME: '-app' }, 'invalid project name "-app": must consist only of lowercase alphanumeric characters, hyphens, and underscores as well as start with a letter or number'],
  ])('refuses an explicit name that is not normalized (%#)', (options, env, message) => {
    expect(() => load(file(), { ...options, env })).toThrow(message);
  });

  it('fails when the name comes out empty', () => {
    expect(() => load(file('name: ${UNSET}\n'))).toThrow('project name must not be empty');
    expect(() => loadProject({ workingDir: '/src/___', reader: memoryReader({ '/src/___/compose.yaml': 'services:\n  web:\n    image: nginx\n' }) })).toThrow('project name must not be empty');
  });

  it('lets the files interpolate COMPOSE_PROJECT_NAME', () => {
    const { project } = load({ [`${DIR}/compose.yaml`]: 'services:\n  web:\n    image: nginx\n    hostname: ${COMPOSE_PROJECT_NAME}-web\n' });
    expect(project.services.web!.hostname).toBe('app-web');
  });
});

describe('the environment and interpolation', () => {
  const compose = 'services:\n  web:\n    image: "nginx:${TAG:-latest}"\n    environment:\n      - GREETING=${GREETING}\n      - PASSTHROUGH\n      - LITERAL=$$HOME\n';

  it('reads .env, and the caller environment wins over it', () => {
    const files = { [`${DIR}/compose.yaml`]: compose, [`${DIR}/.env`]: 'TAG=1.27\nGREETING="hello ${TAG}"\nPASSTHROUGH=from-dotenv\n' };
    const { project } = load(files, { env: { TAG: '1.25' } });
    expect(project.services.web!.image).toBe('nginx:1.25');
    expect(project.services.web!.environment).toEqual({ GREETING: 'hello 1.25', PASSTHROUGH: 'from-dotenv', LITERAL: '$HOME' });
  });

  it('uses --env-file instead of .env', () => {
    const files = { [`${DIR}/compose.yaml`]: compose, [`${DIR}/.env`]: 'TAG=ignored\n', [`${DIR}/prod.env`]: 'TAG=prod\n' };
    expect(load(files, { envFiles: ['prod.env'] }).project.services.web!.image).toBe('nginx:prod');
    expect(() => load(files, { envFiles: ['missing.env'] })).toThrow(`couldn't find env file: ${DIR}/missing.env`);
  });

  it('warns about unset variables and leaves unresolved names null', () => {
    const { project, warnings } = load({ [`${DIR}/compose.yaml`]: compose });
    expect(project.services.web!.image).toBe('nginx:latest');
    expect(project.services.web!.environment).toEqual({ GREETING: '', PASSTHROUGH: null, LITERAL: '$HOME' });
    expect(warnings).toEqual(['The "GREETING" variable is not set. Defaulting to a blank string.']);
  });

  it('casts interpolated booleans and numbers', () => {
    const files = { [`${DIR}/compose.yaml`]: 'services:\n  web:\n    image: nginx\n    tty: ${TTY}\n    scale: ${N}\n    init: "yes"\n' };
    const { project, warnings } = load(files, { env: { TTY: 'true', N: '3' } });
    expect(project.services.web!.tty).toBe(true);
    expect(project.services.web!.scale).toBe(3);
    expect(project.services.web!.init).toBe(true);
    expect(warnings).toEqual(['"yes" for boolean is not supported by YAML 1.2, please use `true`']);
  });

  it('merges env_file entries under environment, and drops them', () => {
    const files = {
      [`${DIR}/compose.yaml`]: 'services:\n  web:\n    image: nginx\n    env_file: [common.env, {path: local.env, required: false}]\n    environment:\n      MODE: prod\n',
      [`${DIR}/common.env`]: 'MODE=dev\nPORT=80\nURL=http://host:${PORT}\n',
    };
    const { project } = load(files);
    expect(project.services.web!.environment).toEqual({ MODE: 'prod', PORT: '80', URL: 'http://host:80' });
    expect(project.services.web!.env_file).toBeUndefined();
    expect(() => load({ [`${DIR}/compose.yaml`]: 'services:\n  web:\n    image: nginx\n    env_file: gone.env\n' })).toThrow(
      `env file ${DIR}/gone.env not found: stat ${DIR}/gone.env: no such file or directory`,
    );
  });

  it('keeps keys such as __proto__ as plain data', () => {
    const { project } = load({ [`${DIR}/compose.yaml`]: 'services:\n  web:\n    image: nginx\n    environment:\n      __proto__: polluted\n      constructor: c\n' });
    expect(Object.keys(project.services.web!.environment!)).toEqual(['__proto__', 'constructor']);
    expect(project.services.web!.environment!.__proto__).toBe('polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps env_file when asked not to resolve', () => {
    const files = { [`${DIR}/compose.yaml`]: 'services:\n  web:\n    image: nginx\n    env_file: common.env\n' };
    expect(load(files, { resolveEnvironment: false }).project.services.web!.env_file).toEqual([{ path: `${DIR}/common.env`, required: true }]);
  });

  it('warns that version is obsolete', () => {
    const { warnings } = load({ [`${DIR}/compose.yaml`]: 'version: "3.8"\nservices:\n  web:\n    image: nginx\n' });
    expect(warnings).toEqual([`${DIR}/compose.yaml: the attribute \`version\` is obsolete, it will be ignored, please remove it to avoid potential confusion`]);
  });
});

describe('profiles and service selection', () => {
  const files = {
    [`${DIR}/compose.yaml`]:
      'services:\n  web:\n    image: nginx\n    depends_on: [api]\n  api:\n    image: api\n  debug:\n    image: busybox\n    profiles: [debug]\n  tools:\n    image: busybox\n    profiles: [debug, ops]\n',
  };

  it('leaves out services whose profiles are not active', () => {
    const { project } = load(files);
    expect(Object.keys(project.services)).toEqual(['api', 'web']);
    expect(Object.keys(project.disabledServices)).toEqual(['debug', 'tools']);
  });

  it.each([
    [{ profiles: ['ops'] }, {}, ['api', 'tools', 'web']],
    [{}, { COMPOSE_PROFILES: 'debug' }, ['api', 'debug', 'tools', 'web']],
    [{ profiles: ['*'] }, {}, ['api', 'debug', 'tools', 'web']],
  ])('activates profiles from --profile or COMPOSE_PROFILES (%#)', (options, env, expected) => {
    expect(Object.keys(load(files, { ...options, env }).project.services)).toEqual(expected);
  });

  it('keeps selected services and their dependencies, enabling profiles a named service needs', () => {
    expect(Object.keys(load(files, { services: ['web'] }).project.services)).toEqual(['api', 'web']);
    expect(Object.keys(load(files, { services: ['debug'] }).project.services)).toEqual(['debug']);
    expect(() => load(files, { services: ['nope'] })).toThrow('no such service: nope');
  });

  it('refuses a required dependency left out by profiles', () => {
    const f = { [`${DIR}/compose.yaml`]: 'services:\n  web:\n    image: nginx\n    depends_on: [db]\n  db:\n    image: pg\n    profiles: [data]\n' };
    expect(() => load(f)).toThrow('service "web" depends on undefined service "db": invalid compose project');
    expect(Object.keys(load(f, { profiles: ['data'] }).project.services)).toEqual(['db', 'web']);
  });
});

/**
 * The classic builder's plan and texts: ARG/ENV scoping, what each instruction does to the config
 * and records in history, RUN commands, step numbering, stage and `--from` resolution, and the
 * BuildKit-style names. Expected texts are Docker's (moby dispatchers.go / internals.go output).
 */
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../dockerfile/parser.js';
import { expandInstruction } from '../instructions/expand.js';
import { parseStages } from '../instructions/stages.js';
import type { Instruction } from '../instructions/types.js';
import { envFromRecord } from '../shell/env.js';
import { ShellLex } from '../shell/lex.js';
import { BuildArgs } from './build-args.js';
import type { StageState } from './dispatch.js';
import { applyMetadata, checkClassicCopy, expansionEnv, normalizeWorkdir, planRun } from './dispatch.js';
import { copyComment, createdBy, nopCommandString } from './history.js';
import { exposedPortKeys } from './ports.js';
import { beginStageConfig, classicCacheKey, EMPTY_RUN_CONFIG } from './run-config.js';
import { validateStopSignal } from './signals.js';
import { buildkitStages, checkStageName, classicStages, resolveCopyFrom, resolveFrom } from './stages.js';
import { planClassicBuild, stepLine, stepText } from './steps.js';

const lex = new ShellLex('\\');
const df = (text: string) => parseStages(parseDockerfile(text));
const instructions = (text: string): Instruction[] => df(`FROM scratch\n${text}`).stages[0]!.commands as Instruction[];
const start = (args = BuildArgs.of()): StageState => ({ config: beginStageConfig(null, ''), args, maintainer: '', cmdSet: false });

/** Runs metadata instructions the way the classic builder dispatches them (expand, then apply). */
function run(text: string, state = start()): { state: StageState; createdBy: string[]; notes: string[] } {
  const out: string[] = [];
  const notes: string[] = [];
  for (const raw of instructions(text)) {
    if (raw.instruction === 'RUN' || raw.instruction === 'COPY' || raw.instruction === 'ADD') throw new Error('metadata only');
    const expanded = expandInstruction(raw, (w) => lex.processWord(w, expansionEnv(state)));
    const step = applyMetadata(state, expanded, lex);
    state = step.state;
    out.push(createdBy(step.command));
    notes.push(...step.notes);
  }
  return { state, createdBy: out, notes };
}

describe('history texts of metadata instructions', () => {
  it.each([
    ['CMD ["node", "src/index.js"]', '/bin/sh -c #(nop)  CMD ["node" "src/index.js"]'],
    ['CMD node src/index.js', '/bin/sh -c #(nop)  CMD ["/bin/sh" "-c" "node src/index.js"]'],
    ['CMD []', '/bin/sh -c #(nop)  CMD []'],
    ['ENTRYPOINT ["docker-entrypoint.sh"]', '/bin/sh -c #(nop)  ENTRYPOINT ["docker-entrypoint.sh"]'],
    ['ENV NODE_ENV=production PORT=3000', '/bin/sh -c #(nop)  ENV NODE_ENV=production PORT=3000'],
    ['ENV GOPATH /go', '/bin/sh -c #(nop)  ENV GOPATH=/go'],
    ['LABEL org.opencontainers.image.title="todo app"', '/bin/sh -c #(nop)  LABEL org.opencontainers.image.title=todo app'],
    ['EXPOSE 3000', '/bin/sh -c #(nop)  EXPOSE 3000'],
    ['EXPOSE 80/udp 443', '/bin/sh -c #(nop)  EXPOSE 443 80/udp'],
    ['USER node', '/bin/sh -c #(nop)  USER node'],
    ['VOLUME /data /logs', '/bin/sh -c #(nop)  VOLUME [/data /logs]'],
    ['VOLUME ["/data"]', '/bin/sh -c #(nop)  VOLUME [/data]'],
    ['STOPSIGNAL SIGQUIT', '/bin/sh -c #(nop)  STOPSIGNAL SIGQUIT'],
    ['ARG VERSION=1 DEBUG', '/bin/sh -c #(nop)  ARG VERSION=1 DEBUG'],
    ['ONBUILD RUN echo hi', '/bin/sh -c #(nop)  ONBUILD RUN echo hi'],
    ['MAINTAINER Jane <jane@example.com>', '/bin/sh -c #(nop)  MAINTAINER Jane <jane@example.com>'],
    [
      'HEALTHCHECK --interval=5m --timeout=3s CMD curl -f http://localhost/ || exit 1',
      '/bin/sh -c #(nop)  HEALTHCHECK &{Test:[CMD-SHELL curl -f http://localhost/ || exit 1] Interval:5m0s Timeout:3s StartPeriod:0s StartInterval:0s Retries:0}',
    ],
    ['HEALTHCHECK NONE', '/bin/sh -c #(nop)  HEALTHCHECK &{Test:[NONE] Interval:0s Timeout:0s StartPeriod:0s StartInterval:0s Retries:0}'],
    ['SHELL ["/bin/bash", "-c"]', '/bin/bash -c #(nop)  SHELL [/bin/bash -c]'],
    ['WORKDIR /app', '/bin/sh -c #(nop) WORKDIR /app'],
  ])('%s → %s', (text, history) => {
    expect(run(text).createdBy).toEqual([history]);
  });

  it('records COPY/ADD with one argument after #(nop) and a trailing space', () => {
    const config = beginStageConfig(null, '');
    expect(createdBy(nopCommandString(config, copyComment('COPY', '', 'file:abc', '/app')))).toBe('/bin/sh -c #(nop) COPY file:abc in /app ');
    expect(copyComment('ADD', '1000:1000', 'dir:def', '.')).toBe('ADD --chown=1000:1000 dir:def in . ');
  });
});

describe('what metadata instructions do to the config', () => {
  it('updates ENV in place and appends new names; sets the default PATH', () => {
    const { state } = run('ENV A=1 B=2\nENV A=3 PATH=/x:$PATH');
    expect(state.config.Env).toEqual(['PATH=/x:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'A=3', 'B=2']);
  });

  it('expands ENV values with the environment before the instruction', () => {
    expect(run('ENV A=1\nENV A=2 B=$A').state.config.Env.slice(1)).toEqual(['A=2', 'B=1']);
  });

  it('lets ENTRYPOINT clear a CMD inherited from the base, but not one set in this stage', () => {
    const base: StageState = { ...start(), config: { ...beginStageConfig(null, ''), Cmd: ['sh'] } };
    expect(run('ENTRYPOINT ["x"]', base).state.config.Cmd).toBeNull();
    expect(run('CMD ["y"]\nENTRYPOINT ["x"]', base).state.config.Cmd).toEqual(['y']);
  });

  it('runs shell forms through the current SHELL', () => {
    expect(run('SHELL ["/bin/bash", "-eo", "pipefail", "-c"]\nCMD echo hi').state.config.Cmd).toEqual(['/bin/bash', '-eo', 'pipefail', '-c', 'echo hi']);
  });

  it('splits EXPOSE variables into several ports, the one instruction that does', () => {
    const { state, createdBy: history } = run('ENV PORTS="80 443/udp"\nEXPOSE $PORTS 8000-8002');
    expect(Object.keys(state.config.ExposedPorts ?? {})).toEqual(['80/tcp', '443/udp', '8000/tcp', '8001/tcp', '8002/tcp']);
    expect(history[1]).toBe('/bin/sh -c #(nop)  EXPOSE 80 443/udp 8000-8002');
  });

  it('notes an overridden HEALTHCHECK', () => {
    expect(run('HEALTHCHECK CMD true\nHEALTHCHECK CMD false').notes).toEqual(['Note: overriding previous HEALTHCHECK: [CMD-SHELL true]\n']);
  });

  it.each([
    ['EXPOSE 80/xyz', 'invalid proto: xyz'],
    ['EXPOSE abc', 'invalid containerPort: abc'],
    ['EXPOSE /tcp', 'no port specified: /tcp<empty>'],
    ['STOPSIGNAL SIGNOPE', 'Invalid signal: SIGNOPE'],
    ['STOPSIGNAL 0', 'Invalid signal: 0'],
  ])('%s fails: %s', (text, message) => {
    expect(() => run(text)).toThrow(message);
  });

  it('validates signals and ports like Docker', () => {
    for (const ok of ['SIGTERM', 'term', '9', 'RTMIN+3', 'SIGRTMAX-14']) expect(() => validateStopSignal(ok)).not.toThrow();
    expect(() => validateStopSignal('RTMAX-15')).toThrow();
    expect(exposedPortKeys('127.0.0.1:8080:80')).toEqual(['80/tcp']);
    expect(() => exposedPortKeys('8000-8001:80-82')).toThrow('invalid ranges specified for container and host Ports: 80-82 and 8000-8001');
  });

  it('resolves WORKDIR against the current one', () => {
    expect(normalizeWorkdir('', 'app')).toBe('/app');
    expect(normalizeWorkdir('/app', 'src/../lib')).toBe('/app/lib');
    expect(normalizeWorkdir('/app', '/srv//x/')).toBe('/srv/x');
    expect(() => normalizeWorkdir('/app', '')).toThrow('cannot normalize nothing');
    expect(run('WORKDIR /a\nWORKDIR b').state.config.WorkingDir).toBe('/a/b');
  });
});

describe('ARG and ENV scoping', () => {
  const meta = (text: string, options: Record<string, string | null> = {}) => {
    let args = BuildArgs.of(options);
    for (const a of df(text).metaArgs.flatMap((m) => m.args)) {
      const value = a.value === undefined ? undefined : lex.processWord(a.value, envFromRecord(Object.fromEntries(args.allowedValues())));
      args = args.addArg(a.key, value).addMetaArg(a.key, value);
    }
    return args;
  };

  it('makes global ARGs visible to FROM only, until a stage declares them', () => {
    const args = meta('ARG VERSION=18\nARG IMAGE=node:$VERSION\nFROM $IMAGE');
    expect(Object.fromEntries(args.metaValues())).toEqual({ VERSION: '18', IMAGE: 'node:18' });
    const stage = args.forNewStage();
    expect(stage.allowedValues().size).toBe(0);
    expect(stage.addArg('VERSION', undefined).allowedValues().get('VERSION')).toBe('18');
    expect(stage.addArg('VERSION', '20').allowedValues().get('VERSION')).toBe('20');
  });

  it('lets --build-arg override defaults, and ENV override ARG', () => {
    const args = BuildArgs.of({ V: 'cli', N: null }).addArg('V', 'default').addArg('N', 'default');
    expect(Object.fromEntries(args.allowedValues())).toEqual({ V: 'cli', N: 'default' });
    const state: StageState = { ...start(args), config: { ...beginStageConfig(null, ''), Env: ['V=env'] } };
    expect(expansionEnv(state).get('V')).toBe('env');
    expect(expansionEnv(state).get('N')).toBe('default');
  });

  it('lets proxy args through without ARG, but keeps them out of history unless declared', () => {
    const args = BuildArgs.of({ HTTP_PROXY: 'http://proxy:3128' });
    expect(args.allowedValues().get('HTTP_PROXY')).toBe('http://proxy:3128');
    const [r] = instructions('RUN apk add curl') as [Extract<Instruction, { instruction: 'RUN' }>];
    const step = planRun(start(args), r);
    expect(createdBy(step.savedCmd)).toBe('|0 /bin/sh -c apk add curl');
    expect(step.containerConfig.Env).toContain('HTTP_PROXY=http://proxy:3128');
    const declared = planRun(start(args.addArg('HTTP_PROXY', undefined)), r);
    expect(createdBy(declared.savedCmd)).toBe('|1 HTTP_PROXY=http://proxy:3128 /bin/sh -c apk add curl');
  });

  it('defines no automatic platform args, as the classic builder (BuildKit does)', () => {
    const args = BuildArgs.of().addArg('TARGETPLATFORM', undefined).addArg('BUILDPLATFORM', undefined);
    expect(args.allowedValues().size).toBe(0);
    expect(lex.processWord('${TARGETPLATFORM:-unset}', envFromRecord(Object.fromEntries(args.allowedValues())))).toBe('unset');
  });

  it('warns about --build-arg values no ARG used', () => {
    const args = BuildArgs.of({ USED: '1', UNUSED: '2', ZZZ: '3', https_proxy: 'x' }).addArg('USED', undefined);
    expect(args.unusedBuildArgs()).toEqual(['UNUSED', 'ZZZ']);
    expect(args.forNewStage().mergeReferenced(args).unusedBuildArgs()).toEqual(['UNUSED', 'ZZZ']);
  });
});

describe('RUN', () => {
  const runOf = (text: string) => (instructions(text) as [Extract<Instruction, { instruction: 'RUN' }>])[0];

  it('runs shell form through /bin/sh -c, exec form as is, and records build args', () => {
    const state = start(BuildArgs.of({ V: '2' }).addArg('V', '1').addArg('A', 'x'));
    const shell = planRun(state, runOf('RUN yarn install --production'));
    expect(shell.cmd).toEqual(['/bin/sh', '-c', 'yarn install --production']);
    expect(createdBy(shell.savedCmd)).toBe('|2 A=x V=2 /bin/sh -c yarn install --production');
    expect(shell.containerConfig).toMatchObject({ Entrypoint: [''], Healthcheck: { Test: ['NONE'] } });
    expect(shell.cacheConfig).toMatchObject({ Cmd: shell.savedCmd, Entrypoint: null });
    expect(planRun(start(), runOf('RUN ["npm", "ci"]')).savedCmd).toEqual(['npm', 'ci']);
  });

  it('fails with Docker\'s message and exit code', () => {
    const err = planRun(start(), runOf('RUN exit 3')).failure(3);
    expect(err.message).toBe("The command '/bin/sh -c exit 3' returned a non-zero code: 3");
  });

  it('refuses BuildKit-only flags, or accepts them to be warned about when asked', () => {
    const r = runOf('RUN --mount=type=cache,target=/root/.npm npm ci');
    expect(() => planRun(start(), r)).toThrow(
      'the --mount option requires BuildKit. Refer to https://docs.docker.com/go/buildkit/ to learn how to build images with BuildKit enabled',
    );
    const step = planRun(start(), r, { buildKitFlags: 'ignore' });
    expect(step.ignoredFlags).toEqual(['mount']);
    expect(step.cmd).toEqual(['/bin/sh', '-c', 'npm ci']);
  });
});

describe('COPY and ADD flags in the classic builder', () => {
  it('refuses --chmod and ignores the other BuildKit flags', () => {
    const [chmod, link] = instructions('COPY --chmod=755 a b\nCOPY --link --parents --exclude=*.md a b/') as [Extract<Instruction, { instruction: 'COPY' }>, Extract<Instruction, { instruction: 'COPY' }>];
    expect(() => checkClassicCopy(chmod)).toThrow('the --chmod option requires BuildKit');
    expect(() => checkClassicCopy(link)).not.toThrow();
  });
});

describe('the classic cache key', () => {
  it('ignores the parent image and label order, but not Env order', () => {
    const a = { ...EMPTY_RUN_CONFIG, Env: ['A=1', 'B=2'], Labels: { x: '1', y: '2' }, Image: 'sha256:1' };
    expect(classicCacheKey({ ...a, Image: 'sha256:2', Labels: { y: '2', x: '1' } })).toBe(classicCacheKey(a));
    expect(classicCacheKey({ ...a, Cmd: [] })).toBe(classicCacheKey({ ...a, Cmd: null }));
    expect(classicCacheKey({ ...a, Env: ['B=2', 'A=1'] })).not.toBe(classicCacheKey(a));
    expect(classicCacheKey({ ...a, WorkingDir: '/app' })).not.toBe(classicCacheKey(a));
  });
});

describe('steps and stages', () => {
  const text = ['ARG NODE=18', 'FROM node:${NODE} AS build', 'WORKDIR /app', 'COPY . .', 'RUN yarn build', 'FROM nginx:alpine', 'COPY --from=build /app/build /usr/share/nginx/html', 'FROM build AS test', 'RUN yarn test'].join('\n');

  it('numbers global ARGs, FROMs and instructions: Step i/N with N counted up front', () => {
    const plan = planClassicBuild(df(text));
    expect(plan.total).toBe(9);
    expect(plan.steps.map((s) => stepLine(s.number, plan.total, stepText(plan, s)))).toEqual([
      'Step 1/9 : ARG NODE=18',
      'Step 2/9 : FROM node:${NODE} AS build',
      'Step 3/9 : WORKDIR /app',
      'Step 4/9 : COPY . .',
      'Step 5/9 : RUN yarn build',
      'Step 6/9 : FROM nginx:alpine',
      'Step 7/9 : COPY --from=build /app/build /usr/share/nginx/html',
      'Step 8/9 : FROM build AS test',
      'Step 9/9 : RUN yarn test',
    ]);
  });

  it('builds every stage up to --target (classic) but only what it needs (BuildKit)', () => {
    const d = df(text);
    expect(classicStages(d, 'test').map((s) => s.baseName)).toEqual(['node:${NODE}', 'nginx:alpine', 'build']);
    expect(buildkitStages(d, 'test').map((s) => s.baseName)).toEqual(['node:${NODE}', 'build']);
    // The last stage is the default target.
    expect(buildkitStages(d).map((s) => s.baseName)).toEqual(['node:${NODE}', 'build']);
    expect(buildkitStages(df('FROM a AS x\nFROM b\nCOPY --from=x / /')).map((s) => s.baseName)).toEqual(['a', 'b']);
    expect(planClassicBuild(d, { target: 'BUILD' }).total).toBe(5);
    expect(() => planClassicBuild(d, { target: 'prod' })).toThrow('target stage "prod" could not be found');
    expect(() => buildkitStages(d, 'tset')).toThrow('target stage "tset" could not be found (did you mean test?)');
  });

  it('adds --label values as LABEL steps at the end, sorted', () => {
    const plan = planClassicBuild(df('FROM alpine\nRUN true'), { labels: { version: '1.0', app: 'todo' } });
    expect(plan.steps.map((s) => stepText(plan, s))).toEqual(['FROM alpine', 'RUN true', 'LABEL app=todo', 'LABEL version=1.0']);
  });

  it('resolves FROM with global ARGs, built stages and scratch', () => {
    const d = df(text);
    const metaEnv = envFromRecord({ NODE: '20' });
    expect(resolveFrom(d.stages[0]!, [], lex, metaEnv)).toEqual({ kind: 'image', ref: 'node:20' });
    expect(resolveFrom(d.stages[2]!, [{ name: 'build', imageId: 'sha256:b' }], lex, metaEnv)).toEqual({ kind: 'stage', index: 0, imageId: 'sha256:b' });
    expect(resolveFrom(df('FROM scratch').stages[0]!, [], lex, metaEnv)).toEqual({ kind: 'scratch' });
    expect(() => resolveFrom(df('FROM $NOPE').stages[0]!, [], lex, metaEnv)).toThrow('base name ($NOPE) should not be blank');
  });

  it('resolves COPY --from to a built stage, by name or index, or an image', () => {
    const built = [
      { name: 'build', imageId: 'sha256:a' },
      { name: '', imageId: 'sha256:b' },
    ];
    expect(resolveCopyFrom('BUILD', built)).toEqual({ kind: 'stage', index: 0, imageId: 'sha256:a' });
    expect(resolveCopyFrom('1', built)).toEqual({ kind: 'stage', index: 1, imageId: 'sha256:b' });
    expect(resolveCopyFrom('nginx:alpine', built)).toEqual({ kind: 'image', ref: 'nginx:alpine' });
    expect(resolveCopyFrom('later', built)).toEqual({ kind: 'image', ref: 'later' });
    expect(() => resolveCopyFrom('2', built)).toThrow('invalid from flag value 2: refers to current build stage');
    expect(() => resolveCopyFrom('3', built)).toThrow('invalid from flag value 3: index out of bounds');
    expect(() => resolveCopyFrom('-1', built)).toThrow('invalid from flag value -1: index out of bounds');
    expect(() => checkStageName(built, 'Build')).toThrow('Build stage name already used');
  });
});

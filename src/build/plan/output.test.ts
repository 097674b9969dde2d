/**
 * Build output: the classic JSON stream and its rendering, and the BuildKit-style progress names
 * (`[build 2/4] RUN …`, `=> CACHED [2/5] WORKDIR /app`), checked against the texts Docker prints
 * (docker-semantics.md §4.5, engine-api-flows.md §2.18).
 */
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../dockerfile/parser.js';
import { parseStages } from '../instructions/stages.js';
import type { Instruction } from '../instructions/types.js';
import { envFromRecord } from '../shell/env.js';
import { ShellLex } from '../shell/lex.js';
import { encodeBuildStream, legacy, renderLegacyStream } from './legacy-stream.js';
import { progressFromPlan, updateStep } from './progress.js';
import { planClassicBuild, stepText } from './steps.js';
import { stageVertices, vertexLine, vertexName, vertexText } from './vertex.js';

const df = (text: string) => parseStages(parseDockerfile(text));
const WORKSHOP = ['FROM node:18-alpine', 'WORKDIR /app', 'COPY package.json yarn.lock ./', 'RUN yarn install --production', 'COPY . .', 'CMD ["node", "src/index.js"]'].join('\n');

describe('the classic build stream', () => {
  it('renders a build as the docker CLI shows it', () => {
    const plan = planClassicBuild(df(WORKSHOP));
    const id = (n: number) => `sha256:${String(n).repeat(64).slice(0, 64)}`;
    const messages = plan.steps.flatMap((step, i) => {
      const head = legacy.step(step.number, plan.total, stepText(plan, step));
      if (step.kind === 'instruction' && step.instruction.instruction === 'RUN') {
        return [head, legacy.runningIn('0123456789abcdef'), legacy.output('done\n'), legacy.removedIntermediate('0123456789abcdef'), legacy.imageId(id(i + 1))];
      }
      if (i === 1) return [head, legacy.usingCache(), legacy.imageId(id(i + 1))];
      return [head, legacy.imageId(id(i + 1))];
    });
    messages.push(legacy.aux(id(6)), legacy.successfullyBuilt(id(6)), legacy.successfullyTagged('getting-started:latest'));
    expect(renderLegacyStream(messages)).toBe(
      [
        'Step 1/6 : FROM node:18-alpine',
        ' ---> 111111111111',
        'Step 2/6 : WORKDIR /app',
        ' ---> Using cache',
        ' ---> 222222222222',
        'Step 3/6 : COPY package.json yarn.lock ./',
        ' ---> 333333333333',
        'Step 4/6 : RUN yarn install --production',
        ' ---> Running in 0123456789ab',
        'done',
        ' ---> Removed intermediate container 0123456789ab',
        ' ---> 444444444444',
        'Step 5/6 : COPY . .',
        ' ---> 555555555555',
        'Step 6/6 : CMD ["node", "src/index.js"]',
        ' ---> 666666666666',
        'Successfully built 666666666666',
        'Successfully tagged getting-started:latest',
        '',
      ].join('\n'),
    );
  });

  it('encodes messages as the Engine API sends them', () => {
    expect(encodeBuildStream([legacy.step(1, 2, 'FROM alpine'), legacy.aux('sha256:abc'), legacy.error("The command '/bin/sh -c failme' returned a non-zero code: 127", 127)])).toBe(
      '{"stream":"Step 1/2 : FROM alpine\\n"}\r\n' +
        '{"aux":{"ID":"sha256:abc"}}\r\n' +
        '{"errorDetail":{"code":127,"message":"The command \'/bin/sh -c failme\' returned a non-zero code: 127"},"error":"The command \'/bin/sh -c failme\' returned a non-zero code: 127"}\r\n',
    );
    expect(legacy.error('boom')).toEqual({ errorDetail: { message: 'boom' }, error: 'boom' });
  });

  it('words warnings, triggers and notes as Docker does', () => {
    expect(renderLegacyStream(legacy.parseWarnings(['Empty continuation line found in: RUN a b']))).toBe(
      '\u001b[91m[WARNING]: Empty continuation line found in: RUN a b\n\u001b[0m\u001b[91m[WARNING]: Empty continuation lines will become errors in a future release.\n\u001b[0m',
    );
    expect(legacy.parseWarnings([])).toEqual([]);
    expect(legacy.unusedBuildArgs(['FOO', 'BAR']).stream).toBe('[Warning] One or more build-args [FOO BAR] were not consumed\n');
    expect(legacy.executingTriggers(1).stream).toBe('# Executing 1 build trigger\n');
    expect(legacy.executingTriggers(2).stream).toBe('# Executing 2 build triggers\n');
    expect(legacy.quietResult('sha256:abc').stream).toBe('sha256:abc\n');
  });
});

describe('BuildKit-style names', () => {
  it('numbers only FROM, ADD, COPY, RUN and WORKDIR, without a prefix for a single stage', () => {
    const plan = planClassicBuild(df(WORKSHOP));
    expect(progressFromPlan(plan).map((s) => s.vertex)).toEqual([
      '[1/5] FROM node:18-alpine',
      '[2/5] WORKDIR /app',
      '[3/5] COPY package.json yarn.lock ./',
      '[4/5] RUN yarn install --production',
      '[5/5] COPY . .',
      undefined,
    ]);
  });

  it('prefixes stage names, stage-<i> for unnamed ones, and skips FROM scratch or an earlier stage', () => {
    const d = df(['FROM golang AS build', 'WORKDIR /src', 'COPY . .', 'RUN go build -o /app', 'FROM scratch', 'COPY --from=build /app /app', 'FROM build AS test', 'RUN go test'].join('\n'));
    const steps = progressFromPlan(planClassicBuild(d));
    expect(steps.filter((s) => s.vertex).map((s) => s.vertex)).toEqual([
      '[build 1/4] FROM golang',
      '[build 2/4] WORKDIR /src',
      '[build 3/4] COPY . .',
      '[build 4/4] RUN go build -o /app',
      '[stage-1 1/1] COPY --from=build /app /app',
      '[test 1/1] RUN go test',
    ]);
  });

  it('keeps a prefix on a single stage that copies from an image or mounts', () => {
    expect(stageVertices(df('FROM alpine\nCOPY --from=nginx /etc/nginx /x').stages)[0]!.label).toBe('stage-0');
    expect(stageVertices(df('FROM alpine\nRUN --mount=type=cache,target=/c true').stages)[0]!.label).toBe('stage-0');
    expect(stageVertices(df('FROM alpine\nRUN true').stages)[0]!.label).toBe('');
  });

  it('right-aligns the index to the width of N', () => {
    const v = { label: 'build', total: 12, fromVertex: true };
    expect(vertexName(v, 3, 'RUN x')).toBe('[build  3/12] RUN x');
    expect(vertexName({ label: '', total: 0, fromVertex: false }, 1, 'CMD x')).toBe('CMD x');
    expect(vertexLine('[2/5] WORKDIR /app', true)).toBe('=> CACHED [2/5] WORKDIR /app');
    expect(vertexLine('[3/5] COPY . .', false)).toBe('=> [3/5] COPY . .');
  });

  it('shows instructions with their variables substituted and the keyword upper-cased', () => {
    const lex = new ShellLex('\\');
    const env = envFromRecord({ DIR: '/srv' });
    const [copy, run, heredoc] = df('FROM a\ncopy . $DIR\nRUN echo "$DIR" $UNSET\nRUN <<EOF\nset -e\necho hi\nEOF').stages[0]!.commands as Instruction[];
    expect(vertexText(copy!, lex, env)).toBe('COPY . /srv');
    expect(vertexText(run!, lex, env)).toBe('RUN echo "/srv" $UNSET');
    expect(vertexText(heredoc!, lex, env)).toBe('RUN <<EOF (set -e...)');
  });
});

describe('structured progress', () => {
  it('moves steps through running, cached and done in virtual time', () => {
    let steps = progressFromPlan(planClassicBuild(df(WORKSHOP)));
    expect(steps.every((s) => s.status === 'pending')).toBe(true);
    steps = updateStep(steps, 2, 'running', 1000);
    steps = updateStep(steps, 2, 'cached', 1005);
    steps = updateStep(steps, 4, 'failed', 2000);
    expect(steps[1]).toMatchObject({ number: 2, status: 'cached', started: 1000, completed: 1005 });
    expect(steps[3]).toMatchObject({ number: 4, status: 'failed', started: 2000, completed: 2000 });
    expect(steps[0]!.status).toBe('pending');
  });
});

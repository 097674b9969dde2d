/**
 * The instruction layer against BuildKit's own instruction tests (parse_test.go,
 * parse_heredoc_test.go), reimplemented as tables, plus the messages Docker prints with line numbers.
 */
import { describe, expect, it } from 'vitest';
import { isDockerError } from '../../core/errors.js';
import type { DockerfileError } from '../../core/messages/index.js';
import type { DockerfileNode } from '../dockerfile/node.js';
import { parseDockerfile } from '../dockerfile/parser.js';
import { envFromRecord } from '../shell/env.js';
import { ShellLex } from '../shell/lex.js';
import { expandHeredocContents, expandInstruction } from './expand.js';
import { parseOnbuildTrigger } from './onbuild.js';
import { isStage, parseInstruction } from './parse.js';
import { findStage, parseStages } from './stages.js';
import type { CopyInstruction, HealthcheckInstruction, Instruction, RunInstruction } from './types.js';

const first = (text: string) => parseInstruction(parseDockerfile(text).children[0]!);
const instruction = (text: string): Instruction => {
  const parsed = first(text);
  if (isStage(parsed)) throw new Error('expected an instruction');
  return parsed;
};
const stages = (text: string) => parseStages(parseDockerfile(text));

function node(value: string, args: string[]): DockerfileNode {
  return { value, flags: [], args, json: false, original: `${value} ${args.join(' ')}`, startLine: 1, endLine: 1, heredocs: [], comments: [] };
}

describe('argument counts (TestCommands*)', () => {
  it.each(['MAINTAINER', 'WORKDIR', 'USER', 'STOPSIGNAL'])('%s requires exactly one argument', (cmd) => {
    expect(() => first(cmd)).toThrow(`${cmd} requires exactly one argument`);
  });

  it.each(['ENV', 'LABEL', 'ONBUILD', 'HEALTHCHECK', 'EXPOSE', 'VOLUME'])('%s requires at least one argument', (cmd) => {
    expect(() => first(cmd)).toThrow(`${cmd} requires at least one argument`);
  });

  it.each(['ADD', 'COPY'])('%s needs a destination', (cmd) => {
    expect(() => first(`${cmd} arg1`)).toThrow(`${cmd} requires at least two arguments, but only one was provided. Destination could not be determined`);
  });

  it.each(['ENV', 'LABEL'])('%s rejects a broken key/value list and blank names', (cmd) => {
    expect(() => parseInstruction(node(cmd.toLowerCase(), ['arg1', 'arg2', 'arg3', '']))).toThrow(`Bad input to ${cmd}, too many arguments`);
    expect(() => parseInstruction(node(cmd.toLowerCase(), ['', 'arg2', '=']))).toThrow(`${cmd} names can not be blank`);
    expect(() => first(`${cmd} =value`)).toThrow(`${cmd} names can not be blank`);
  });
});

describe('error cases (TestErrorCases), with the line Docker reports', () => {
  it.each([
    ['COPY\t\n\t\tquux \\\n      bar', 'COPY requires at least two arguments'],
    ['ONBUILD FROM scratch', "FROM isn't allowed as an ONBUILD trigger"],
    ['ONBUILD MAINTAINER me', "MAINTAINER isn't allowed as an ONBUILD trigger"],
    ['MAINTAINER --boo joe@example.com', 'unknown flag: --boo'],
    ['ONBUILD ONBUILD RUN touch foobar', 'Chaining ONBUILD via `ONBUILD ONBUILD` isn\'t allowed'],
    ['FOO bar', 'unknown instruction: FOO'],
    ['foo bar', 'unknown instruction: foo'],
    ['RUNN echo', 'unknown instruction: RUNN (did you mean RUN?)'],
    ['copyy a b', 'unknown instruction: copyy (did you mean copy?)'],
    ['COPY --chmown=1 a b', 'unknown flag: --chmown (did you mean chown?)'],
    ['COPY --from a b', 'missing a value on flag: --from'],
    ['COPY --link=maybe a b', 'expecting boolean value for flag --link, not: maybe'],
    ['COPY --link= a b', 'missing a value on flag: --link'],
    ['COPY --from=a --from=b a b', 'duplicate flag specified: --from'],
    ['COPY /foo <<EOF\nEOF', 'COPY cannot accept a heredoc as a destination'],
    ['SHELL /bin/sh -c', 'SHELL requires the arguments to be in JSON form'],
    ['SHELL []', 'SHELL requires at least one argument'],
    ['VOLUME [""]', 'VOLUME specified can not be an empty string'],
    ['ARG =x', 'ARG names can not be blank'],
    ['RUN --network=bridge true', 'invalid network mode "bridge"'],
    ['RUN --security=yolo true', 'security "yolo" is not valid'],
    ['RUN --mount=from=$X,target=/x true', "'from' doesn't support variable expansion, define alias stage instead"],
    ["RUN --mount='type=bind,\"x' true", 'failed to parse csv mounts: parse error on line 1, column 12: extraneous or missing " in quoted-field'],
    ["RUN --mount='type=bind,x\"y' true", 'failed to parse csv mounts: parse error on line 1, column 12: bare " in non-quoted-field'],
  ])('%j fails with %s', (text, message) => {
    expect(() => first(text)).toThrow(message);
  });

  it.each([
    ['FROM a\nFROM b c', 2, 'FROM requires either one or three arguments'],
    ['FROM a AS 1st', 1, 'invalid name for build stage: "1st", name can\'t start with a number or contain symbols'],
    ['FROM a AS my_stage!', 1, 'invalid name for build stage: "my_stage!", name can\'t start with a number or contain symbols'],
    ['FROM a\n\nRUN\\\n  --mount=type=nope true', 3, 'unsupported mount type'],
    ['FROM a\nBOGUS x', 2, 'unknown instruction: BOGUS'],
    ['FROM a\nENV =x', 2, 'ENV names can not be blank'],
  ])('%j fails on line %d', (text, line, message) => {
    try {
      stages(text);
      if (message !== 'unsupported mount type') expect.unreachable();
    } catch (e) {
      expect(isDockerError(e, 'InvalidParameter')).toBe(true);
      expect((e as Error).message).toContain(`dockerfile parse error on line ${line}: ${message}`);
      expect((e as DockerfileError).line).toBe(line);
    }
  });

  it('refuses instructions before the first FROM, except ARG', () => {
    expect(() => stages('RUN true\nFROM a')).toThrow(/^no build stage in current context$/);
    expect(stages('ARG V=1\nFROM a:$V').metaArgs).toHaveLength(1);
  });
});

describe('stages', () => {
  it('groups instructions under their FROM, with global ARGs apart', () => {
    const df = stages(
      [
        '# VERSION the node version',
        'ARG VERSION=18',
        'FROM --platform=$BUILDPLATFORM node:${VERSION} AS Build',
        'WORKDIR /app',
        'RUN npm ci',
        'FROM nginx',
        'COPY --from=build /app/dist /usr/share/nginx/html',
      ].join('\n'),
    );
    expect(df.metaArgs.map((a) => a.args)).toEqual([[{ key: 'VERSION', value: '18', docComment: 'the node version' }]]);
    expect(df.stages.map((s) => [s.name, s.baseName, s.platform, s.code, s.line, s.commands.map((c) => c.instruction)])).toEqual([
      ['build', 'node:${VERSION}', '$BUILDPLATFORM', 'FROM --platform=$BUILDPLATFORM node:${VERSION} AS Build', 3, ['WORKDIR', 'RUN']],
      ['', 'nginx', '', 'FROM nginx', 6, ['COPY']],
    ]);
    expect(findStage(df.stages, 'BUILD')).toBe(0);
    expect(findStage(df.stages, 'nope')).toBe(-1);
  });

  it('reads doc comments for stages and ARGs (TestCommentsDetection)', () => {
    const df = stages(
      ['# foo sets foo', 'ARG foo=bar', '', '# base defines first stage', 'FROM busybox AS base', '# this is irrelevant', 'ARG foo', '# bar defines bar', '# baz is something else', 'ARG bar baz=123', ''].join(
        '\n',
      ),
    );
    expect(df.stages[0]!.docComment).toBe('defines first stage');
    expect(df.metaArgs[0]!.args[0]).toEqual({ key: 'foo', value: 'bar', docComment: 'sets foo' });
    const [a, b] = df.stages[0]!.commands as [Instruction, Instruction];
    expect(a.instruction === 'ARG' && a.args).toEqual([{ key: 'foo', docComment: '' }]);
    expect(b.instruction === 'ARG' && b.args).toEqual([
      { key: 'bar', docComment: 'defines bar' },
      { key: 'baz', value: '123', docComment: 'is something else' },
    ]);
  });
});

describe('instruction shapes', () => {
  it('makes shell-form HEALTHCHECK CMD-SHELL and parses its durations (TestHealthCheckCmd)', () => {
    const hc = instruction('HEALTHCHECK --interval=1m30s --timeout=3s --retries=3 CMD curl -f http://localhost/') as HealthcheckInstruction;
    expect(hc.health).toEqual({ Test: ['CMD-SHELL', 'curl -f http://localhost/'], Interval: 90e9, Timeout: 3e9, StartPeriod: 0, StartInterval: 0, Retries: 3 });
    expect((instruction('HEALTHCHECK CMD ["hello", "world"]') as HealthcheckInstruction).health.Test).toEqual(['CMD', 'hello', 'world']);
    expect((instruction('HEALTHCHECK --interval=oops NONE') as HealthcheckInstruction).health.Test).toEqual(['NONE']);
  });

  it.each([
    ['HEALTHCHECK NONE x', 'HEALTHCHECK NONE takes no arguments'],
    ['HEALTHCHECK CMD', 'Missing command after HEALTHCHECK CMD'],
    ['HEALTHCHECK CONNECT TCP 7000', 'Unknown type "CONNECT" in HEALTHCHECK (try CMD)'],
    ['HEALTHCHECK --interval=50ns CMD true', 'Interval "interval" cannot be less than 1ms'],
    ['HEALTHCHECK --timeout=-1s CMD true', 'Interval "timeout" cannot be less than 1ms'],
    ['HEALTHCHECK --interval=5 CMD true', 'time: missing unit in duration "5"'],
    ['HEALTHCHECK --retries=-1 CMD true', '--retries cannot be negative (-1)'],
    ['HEALTHCHECK --retries=x CMD true', 'strconv.ParseInt: parsing "x": invalid syntax'],
    ['HEALTHCHECK --retries CMD true', 'missing a value on flag: --retries'],
  ])('%s fails with %s', (text, message) => {
    expect(() => first(text)).toThrow(message);
  });

  it('accepts 0 and 1ms durations (TestParseOptInterval)', () => {
    expect((instruction('HEALTHCHECK --interval=0ms --timeout=1ms CMD x') as HealthcheckInstruction).health.Timeout).toBe(1e6);
  });

  it('records RUN flags in order (TestRunCmdFlagsUsed) and parses mounts', () => {
    const run = instruction('RUN --mount=type=tmpfs,target=/foo/ --network=none echo hello') as RunInstruction;
    expect(run.flagsUsed).toEqual(['mount', 'network']);
    expect(run.network).toBe('none');
    expect(run.cmdLine).toEqual(['echo hello']);
    expect(run.prependShell).toBe(true);
    expect(run.mountSpecs).toEqual(['type=tmpfs,target=/foo/']);
  });

  it.each([
    ['RUN ["ls", "/"]', ['ls', '/'], false, []],
    ['RUN ["<<EOF"]', ['<<EOF'], false, []],
    ['RUN ls /', ['ls /'], true, []],
    ['RUN <<EOF\nls /\nwhoami\nEOF', ['<<EOF'], true, [{ name: 'EOF', data: 'ls /\nwhoami\n', chomp: false }]],
    ["RUN <<'EOF' | python\nprint(\"hello\")\nprint(\"world\")\nEOF", ["<<'EOF' | python"], true, [{ name: 'EOF', data: 'print("hello")\nprint("world")\n', chomp: false }]],
    ['RUN <<-EOF\n\techo test\nEOF', ['<<-EOF'], true, [{ name: 'EOF', data: '\techo test\n', chomp: true }]],
  ])('RUN heredocs: %j (TestRunHeredoc)', (text, cmdLine, shell, files) => {
    const run = instruction(text) as RunInstruction;
    expect([run.cmdLine, run.prependShell, run.files]).toEqual([cmdLine, shell, files]);
  });

  it.each([
    ['COPY /foo /bar', '/bar', ['/foo'], []],
    ['COPY <<EOF /bar\nEOF', '/bar', [], [{ path: 'EOF', data: '', expand: true }]],
    ['COPY <<EOF /bar\nTESTING\nEOF', '/bar', [], [{ path: 'EOF', data: 'TESTING\n', expand: true }]],
    ['COPY <<-EOF /bar\n\tTESTING\nEOF', '/bar', [], [{ path: 'EOF', data: 'TESTING\n', expand: true }]],
    ["COPY <<'EOF' /bar\nTESTING\nEOF", '/bar', [], [{ path: 'EOF', data: 'TESTING\n', expand: false }]],
    [
      'COPY <<EOF1 <<EOF2 /bar\nthis is the first file\nEOF1\nthis is the second file\nEOF2',
      '/bar',
      [],
      [
        { path: 'EOF1', data: 'this is the first file\n', expand: true },
        { path: 'EOF2', data: 'this is the second file\n', expand: true },
      ],
    ],
    ['COPY <<EOF foo.txt /bar\nthis is inline\nEOF', '/bar', ['foo.txt'], [{ path: 'EOF', data: 'this is inline\n', expand: true }]],
    ['COPY <<EOF /quotes\n"quotes"\nEOF', '/quotes', [], [{ path: 'EOF', data: '"quotes"\n', expand: true }]],
  ])('COPY heredocs: %j (TestCopyHeredoc)', (text, dest, sources, contents) => {
    const copy = instruction(text) as CopyInstruction;
    expect([copy.dest, copy.sources, copy.contents]).toEqual([dest, sources, contents]);
  });

  it('reads COPY and ADD flags', () => {
    expect(instruction('COPY --from=build --chown=1:2 --chmod=644 --link --parents --exclude=*.md --exclude=*.txt a b/')).toMatchObject({
      from: 'build',
      chown: '1:2',
      chmod: '644',
      link: true,
      parents: true,
      exclude: ['*.md', '*.txt'],
    });
    expect(instruction('ADD --keep-git-dir=false --checksum=sha256:abc https://x/y.tgz /y')).toMatchObject({ keepGitDir: false, checksum: 'sha256:abc' });
    expect(instruction('ADD a b')).not.toHaveProperty('keepGitDir');
  });

  it('sorts EXPOSE ports, keeps ONBUILD triggers as written, sets ENTRYPOINT [] to null', () => {
    expect(instruction('EXPOSE 8080 443 80/udp')).toMatchObject({ ports: ['443', '80/udp', '8080'] });
    expect(instruction('  onbuild   RUN echo "hi"')).toMatchObject({ expression: 'RUN echo "hi"' });
    expect(instruction('ONBUILD RUN <<EOF\necho hi\nEOF')).toMatchObject({ expression: 'RUN <<EOF\necho hi\nEOF' });
    expect(instruction('ENTRYPOINT []')).toMatchObject({ cmdLine: null, prependShell: false });
    expect(instruction('CMD []')).toMatchObject({ cmdLine: [], prependShell: false });
    expect(instruction('ENV A 1 2')).toMatchObject({ env: [{ key: 'A', value: '1 2', noDelim: true }] });
  });
});

describe('variable substitution per instruction', () => {
  const lex = new ShellLex('\\');
  const env = envFromRecord({ V: '1.2', DIR: '/srv', USERNAME: 'app', EMPTY: '' });
  const expand = (word: string) => lex.processWord(word, env);

  it('expands what Docker expands and leaves the rest as written', () => {
    const ex = (text: string) => expandInstruction(instruction(text), expand);
    expect(ex('ENV A=$V B="x $DIR"')).toMatchObject({ env: [{ key: 'A', value: '1.2' }, { key: 'B', value: 'x /srv' }] });
    expect(ex('LABEL version=$V')).toMatchObject({ labels: [{ key: 'version', value: '1.2' }] });
    expect(ex('COPY --from=$V --chown=$USERNAME app-$V.jar $DIR/')).toMatchObject({ from: '$V', chown: 'app', sources: ['app-1.2.jar'], dest: '/srv/' });
    expect(ex('ADD --chmod=$V https://x/$V.tgz $DIR')).toMatchObject({ chmod: '1.2', sources: ['https://x/1.2.tgz'], dest: '/srv' });
    expect(ex('WORKDIR $DIR/app')).toMatchObject({ path: '/srv/app' });
    expect(ex('USER ${USERNAME}:${EMPTY:-staff}')).toMatchObject({ user: 'app:staff' });
    expect(ex('VOLUME $DIR/data')).toMatchObject({ volumes: ['/srv/data'] });
    expect(ex('STOPSIGNAL SIG${V}')).toMatchObject({ signal: 'SIG1.2' });
    expect(ex('ARG X=$V Y')).toMatchObject({ args: [{ key: 'X', value: '1.2' }, { key: 'Y' }] });
    expect(ex('CMD echo $V')).toMatchObject({ cmdLine: ['echo $V'] });
    expect(ex('RUN echo $V')).toMatchObject({ cmdLine: ['echo $V'] });
    expect(ex('RUN --mount=type=cache,target=$DIR/cache true')).toMatchObject({ mounts: [{ type: 'cache', target: '/srv/cache', readOnly: false }] });
  });

  it('never expands labels that came from --label', () => {
    const label: Instruction = { instruction: 'LABEL', keyword: 'LABEL', code: 'LABEL a=$V', line: 0, endLine: 0, comments: [], labels: [{ key: 'a', value: '$V', noDelim: false }], noExpand: true };
    expect(expandInstruction(label, expand)).toBe(label);
  });

  it('expands unquoted COPY heredocs only when asked (BuildKit does, the classic builder does not)', () => {
    const copy = instruction('COPY <<A <<"B" /x\n$V\nA\n$V\nB');
    expect(expandHeredocContents(copy, expand)).toMatchObject({ contents: [{ data: '1.2\n' }, { data: '$V\n' }] });
  });

  it('validates mounts once substituted', () => {
    const run = instruction('RUN --mount=type=$V true');
    expect(() => expandInstruction(run, expand)).toThrow('unsupported mount type "1.2"');
  });
});

describe('ONBUILD triggers replayed after FROM', () => {
  it('parses each stored trigger as one instruction', () => {
    expect(parseOnbuildTrigger('RUN echo hi')).toMatchObject({ instruction: 'RUN', cmdLine: ['echo hi'] });
    expect(parseOnbuildTrigger('COPY . /app/src')).toMatchObject({ instruction: 'COPY', sources: ['.'], dest: '/app/src' });
  });

  it.each([
    ['', 'file with no instructions'],
    ['# nothing', 'file with no instructions'],
    ['RUN a\nRUN b', 'onbuild trigger should be a single expression'],
    ['FROM alpine', '*instructions.Stage is not a command type'],
    ['BOGUS x', 'unknown instruction: BOGUS'],
  ])('%j fails with %s', (expression, message) => {
    expect(() => parseOnbuildTrigger(expression)).toThrow(new RegExp(`^${message.replace(/[*()]/g, '\\$&')}$`));
  });
});

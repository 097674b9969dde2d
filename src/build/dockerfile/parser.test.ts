import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDockerError } from '../../core/errors.js';
import { DockerfileError } from '../../core/messages/index.js';
import { goQuote } from '../go/quote.js';
import { detectSyntax, DirectiveParser, parseDirective } from './directives.js';
import { dumpDockerfile, dumpNode } from './dump.js';
import { chompHeredocContent, heredocsFromLine, parseHeredoc } from './heredoc.js';
import { parseJsonArray } from './json-args.js';
import type { Heredoc } from './node.js';
import { parseDockerfile } from './parser.js';
import { extractBuilderFlags } from './split-command.js';
import { parseWords } from './words.js';

const dump = (text: string): string => dumpDockerfile(parseDockerfile(text));

describe('parseDockerfile', () => {
  it('records line ranges, continuations and heredocs included (testfile-line)', () => {
    const text = [
      '# ESCAPE=\\',
      '',
      '',
      '',
      'FROM brimstone/ubuntu:14.04',
      '',
      '',
      '# TORUN -v /var/run/docker.sock:/var/run/docker.sock',
      '',
      '',
      'ENV GOPATH \\',
      '/go',
      '',
      '',
      '',
      '# Install the packages we need, clean up after them and us',
      'RUN apt-get update \\',
      '\t&& dpkg -l | awk \'/^ii/ {print $2}\' > /tmp/dpkg.clean \\',
      '',
      '',
      '    && apt-get --no-install-recommends install -y git golang ca-certificates \\',
      '    && apt-get clean \\',
      '    && rm -rf /var/lib/apt/lists \\',
      '',
      '\t&& go get -v github.com/brimstone/consuldock \\',
      '    && mv $GOPATH/bin/consuldock /usr/local/bin/consuldock \\',
      '',
      '\t&& dpkg -l | awk \'/^ii/ {print $2}\' > /tmp/dpkg.dirty \\',
      '\t&& apt-get remove --purge -y $(diff /tmp/dpkg.clean /tmp/dpkg.dirty | awk \'/^>/ {print $2}\') \\',
      '\t&& rm /tmp/dpkg.* \\',
      '\t&& rm -rf $GOPATH',
      '',
    ].join('\n');
    const parsed = parseDockerfile(text);
    expect(parsed.children.map((c) => [c.startLine, c.endLine])).toEqual([
      [5, 5],
      [11, 12],
      [17, 31],
    ]);
    expect(parsed.children[1]!.comments).toEqual(['TORUN -v /var/run/docker.sock:/var/run/docker.sock']);
    expect(parsed.warnings).toHaveLength(1);
  });

  it('warns about empty continuation lines, as `[WARNING]: Empty continuation line found in: …`', () => {
    const text = [
      '',
      'FROM alpine:3.6',
      '',
      'RUN valid \\',
      '    continuation',
      '',
      'RUN something \\',
      '',
      '    following \\',
      '',
      '    more',
      '',
      'RUN another \\',
      '',
      '    thing',
      '',
      'RUN non-indented \\',
      '# this is a comment',
      '   after-comment',
      '',
      'RUN indented \\',
      '    # this is an indented comment',
      '    comment',
      '\t',
    ].join('\n');
    const { warnings } = parseDockerfile(text);
    expect(warnings.map((w) => [w.short, w.line])).toEqual([
      ['Empty continuation line found in: RUN something     following     more', 11],
      ['Empty continuation line found in: RUN another     thing', 15],
    ]);
    expect(warnings[0]!.detail).toContain('will become errors in a future release');
  });

  it.each([
    ['', 'the Dockerfile (Dockerfile) cannot be empty', 0],
    ['\n\n  \n', 'failed to parse Dockerfile: file with no instructions', 3],
    ['# only\n# comments\n', 'failed to parse Dockerfile: file with no instructions', 2],
    ['FROM busybox\nENV PATH\n', 'failed to parse Dockerfile: ENV must have two arguments', 2],
    ['FROM busybox\nENV a=1 b\n', 'failed to parse Dockerfile: Syntax error - can\'t find = in "b". Must be of the form: name=value', 2],
    ['CMD [ "echo", [ "nested json" ] ]', 'failed to parse Dockerfile: when using JSON array syntax, arrays must be comprised of strings only', 1],
    ['# escape=x\nFROM a', "failed to parse Dockerfile: invalid escape token 'x' does not match ` or \\", 0],
    ['# escape=\\\n# escape=`\nFROM a', 'failed to parse Dockerfile: only one escape parser directive can be used', 1],
    ['FROM a\nRUN <<EOF\nnever ends\n', 'failed to parse Dockerfile: unterminated heredoc', 2],
  ])('rejects %j: %s', (text, message, line) => {
    try {
      parseDockerfile(text);
      expect.unreachable();
    } catch (e) {
      expect(isDockerError(e, 'InvalidParameter')).toBe(true);
      expect((e as Error).message).toBe(message);
      if (line > 0) expect((e as DockerfileError).line).toBe(line);
    }
  });

  it('rejects a line longer than Go\'s 64 KiB scanner buffer', () => {
    expect(() => parseDockerfile(`FROM image\nLABEL test=${'a'.repeat(65536)}\n`)).toThrow(
      'failed to parse Dockerfile: dockerfile line greater than max allowed size of 65535',
    );
    expect(dump(`FROM image\nLABEL t=${'a'.repeat(65000)}\n`)).toContain('(label "t"');
  });

  it('accepts bytes, a BOM, CRLF line ends and lower-case keywords', () => {
    const bytes = new TextEncoder().encode('\ufeffFROM alpine\r\nrun echo hi\r\n');
    expect(dumpDockerfile(parseDockerfile(bytes))).toBe('(from "alpine")\n(run "echo hi")\n');
  });

  it('keeps unknown instructions with an empty argument, for the instruction layer to reject', () => {
    expect(dump('FROM a\nFOO bar baz\n')).toBe('(from "a")\n(foo "")\n');
  });

  it('applies the escape directive to continuations and flags', () => {
    expect(dump('# escape=`\nFROM a\nCOPY --chown="x`"y" a `\n  b\n')).toBe('(from "a")\n(copy ["--chown=x\\"y"] "a" "b")\n');
    expect(parseDockerfile('# escape=`\nFROM a').escapeToken).toBe('`');
  });

  it('reads BuildKit\'s flags byte by byte, as Docker does (non-ASCII values come out as Latin-1)', () => {
    expect(extractBuilderFlags('--chown=é a b', '\\')).toEqual({ rest: 'a b', flags: ['--chown=\u00c3\u00a9'] });
    expect(extractBuilderFlags('--a -- --b c', '\\')).toEqual({ rest: ' --b c', flags: ['--a'] });
  });

  it('parses ONBUILD triggers as nested nodes, heredocs included', () => {
    const parsed = parseDockerfile('FROM a\nONBUILD RUN <<EOF\necho hi\nEOF\n');
    expect(dumpNode(parsed.children[1]!)).toBe('onbuild (run "<<EOF")');
    expect(parsed.children[1]!.heredocs.map((h) => h.content)).toEqual(['echo hi\n']);
  });
});

describe('heredocs (parser_heredoc_test.go)', () => {
  const text = [
    '',
    'FROM alpine:3.6',
    '',
    'ENV NAME=me',
    '',
    'RUN ls',
    '',
    'USER <<INVALID',
    'INVALID',
    '',
    'RUN <<EMPTY',
    'EMPTY',
    '',
    'RUN 3<<EMPTY2',
    'EMPTY2',
    '',
    'RUN "<<NOHEREDOC"',
    '',
    'RUN <<INDENT',
    '\tfoo',
    '\tbar',
    'INDENT',
    '',
    'RUN <<-UNINDENT',
    '\tbaz',
    '\tquux',
    'UNINDENT',
    '',
    'RUN <<-UNINDENT2',
    '\tbaz',
    '\tquux',
    '\tUNINDENT2',
    '',
    'RUN <<-EXPAND',
    '\texpand $NAME',
    'EXPAND',
    '',
    "RUN <<-'NOEXPAND'",
    "\tdon't expand $NAME",
    'NOEXPAND',
    '',
    'RUN <<COPY',
    'echo hello world',
    'echo foo bar',
    'COPY',
    '',
    'RUN <<COMMENT',
    '# internal comment',
    'echo hello world',
    'echo foo bar # trailing comment',
    'COMMENT',
    '',
    'RUN --mount=type=cache,target=/foo <<MOUNT',
    'echo hello',
    'MOUNT',
    '',
    'COPY <<FILE1 <<FILE2 /dest',
    'content 1',
    'FILE1',
    'content 2',
    'FILE2',
    '',
    'COPY <<EOF /quotes',
    '"foo"',
    "'bar'",
    'EOF',
    '',
    'COPY <<X <<Y /dest',
    'Y',
    'X',
    'X',
    'Y',
    '',
    'RUN <<COMPLEX python3',
    "print('hello world')",
    'COMPLEX',
    '',
    'COPY <<file.txt /dest',
    'hello world',
    'file.txt',
    '',
    "RUN <<eo'f'",
    'echo foo',
    'eof',
    '',
    "RUN <<eo\\'f",
    'echo foo',
    "eo'f",
    '',
    "RUN <<'e'o\\'f",
    'echo foo',
    "eo'f",
    '',
    "RUN <<'one two'",
    'echo bar',
    'one two',
    '',
    'RUN <<$EOF',
    '$EOF',
    '',
    'RUN <<  EOF',
    'EOF',
    '',
    'RUN <<  EOF  > foo',
    'EOF',
    '\t',
  ].join('\n');
  const doc = (name: string, content: string, extra: Partial<Heredoc> = {}): Heredoc => ({
    name,
    fileDescriptor: 0,
    expand: true,
    chomp: false,
    content,
    ...extra,
  });
  // One entry per instruction after FROM: ENV, RUN ls, USER <<INVALID (no heredoc: USER takes
  // none), INVALID (an instruction of its own), then the RUN and COPY instructions.
  const expected: (Heredoc[] | null)[] = [
    null,
    null,
    null,
    null,
    [doc('EMPTY', '')],
    [doc('EMPTY2', '', { fileDescriptor: 3 })],
    null,
    [doc('INDENT', '\tfoo\n\tbar\n')],
    [doc('UNINDENT', '\tbaz\n\tquux\n', { chomp: true })],
    [doc('UNINDENT2', '\tbaz\n\tquux\n', { chomp: true })],
    [doc('EXPAND', '\texpand $NAME\n', { chomp: true })],
    [doc('NOEXPAND', "\tdon't expand $NAME\n", { chomp: true, expand: false })],
    [doc('COPY', 'echo hello world\necho foo bar\n')],
    [doc('COMMENT', '# internal comment\necho hello world\necho foo bar # trailing comment\n')],
    [doc('MOUNT', 'echo hello\n')],
    [doc('FILE1', 'content 1\n'), doc('FILE2', 'content 2\n')],
    [doc('EOF', '"foo"\n\'bar\'\n')],
    [doc('X', 'Y\n'), doc('Y', 'X\n')],
    [doc('COMPLEX', "print('hello world')\n")],
    [doc('file.txt', 'hello world\n')],
    [doc('eof', 'echo foo\n', { expand: false })],
    [doc("eo'f", 'echo foo\n')],
    [doc("eo'f", 'echo foo\n', { expand: false })],
    [doc('one two', 'echo bar\n', { expand: false })],
    [doc('$EOF', '')],
    [doc('EOF', '')],
    [doc('EOF', '')],
  ];

  it('extracts every heredoc with its content and options', () => {
    const children = parseDockerfile(text).children.slice(1);
    expect(children.map((c) => (c.heredocs.length === 0 ? null : c.heredocs))).toEqual(expected);
  });

  it('ignores heredoc-looking words in exec form', () => {
    const children = parseDockerfile('FROM a\nRUN ["whoami"]\nRUN ["<<EOF"]\nRUN ["<<\'EOF\'"]\n').children;
    expect(children.every((c) => c.heredocs.length === 0)).toBe(true);
  });

  it('chomps leading tabs', () => {
    expect(chompHeredocContent('\thello\n\tworld\n')).toBe('hello\nworld\n');
  });

  it.each(['<<EOF', "<<'EOF'", '<<"EOF"', '<<-EOF', "<<-'EOF'", '<<-"EOF"', '<<EO"F"', '<< EOF', '<<- EOF'])('%s opens EOF', (w) => {
    expect(parseHeredoc(w)?.name).toBe('EOF');
  });

  it.each(["<<'EOF", '<<"EOF', "<<EOF'", '<<EOF"'])('%s is badly quoted', (w) => {
    expect(() => parseHeredoc(w)).toThrow();
  });

  it.each(['', 'EOF', '<<', '<<-', '<EOF', '<<<EOF', '<<EOF sh'])('%j is not a heredoc', (w) => {
    expect(parseHeredoc(w)).toBeUndefined();
  });

  it.each([
    ['RUN <<EOF', ['EOF']],
    ['RUN <<-EOF', ['EOF']],
    // The lexer ends the word at the space: `<<-` alone names no heredoc.
    ['RUN <<- EOF', []],
    ['RUN << -EOF', ['-EOF']],
    ["RUN <<'EOF'", ['EOF']],
    ['RUN 4<<EOF', ['EOF']],
    ['RUN <<EOF <<EOF2', ['EOF', 'EOF2']],
    ["RUN '<<EOF'", []],
    ['RUN "<<EOF"', []],
  ])('%s opens %j', (line, names) => {
    expect(heredocsFromLine(line).map((h) => h.name)).toEqual(names);
  });
});


describe('parser pieces', () => {
  it.each([
    ['foo', ['foo']],
    ['foo bar', ['foo', 'bar']],
    ['foo\\ bar', ['foo\\ bar']],
    ['foo=bar', ['foo=bar']],
    ["foo bar 'abc xyz'", ['foo', 'bar', "'abc xyz'"]],
    ['foo bar "abc xyz"', ['foo', 'bar', '"abc xyz"']],
    ['àöû', ['àöû']],
    ['föo bàr "âbc xÿz"', ['föo', 'bàr', '"âbc xÿz"']],
  ])('parseWords(%j) = %j', (input, words) => {
    expect(parseWords(input, '\\')).toEqual(words);
  });

  it.each([
    ['[]', []],
    ['[""]', ['']],
    ['["a"]', ['a']],
    ['["a","b"]', ['a', 'b']],
    ['[ "a", "b" ]', ['a', 'b']],
    ['[\t"a",\t"b"\t]', ['a', 'b']],
    ['\t[\t"a",\t"b"\t]\t', ['a', 'b']],
    ['["abc 123", "♥", "☃", "\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u0000"]', ['abc 123', '♥', '☃', '" \\ / \b \f \n \r \t \u0000']],
  ])('parseJsonArray(%j) = %j', (json, values) => {
    expect(parseJsonArray(json)).toEqual(values);
  });

  it.each(['["a",42,"b"]', '["a",123.456,"b"]', '["a",{},"b"]', '["a",{"c": "d"},"b"]', '["a",["c"],"b"]', '["a",true,"b"]', '["a",false,"b"]', '["a",null,"b"]'])(
    'parseJsonArray(%j) rejects non-strings',
    (json) => {
      expect(() => parseJsonArray(json)).toThrow('arrays must be comprised of strings only');
    },
  );

  it('is not JSON unless it is a JSON array', () => {
    expect(parseJsonArray('echo [a]')).toBeUndefined();
    expect(parseJsonArray('[ "a", ')).toBeUndefined();
    expect(parseJsonArray("['a']")).toBeUndefined();
  });
});

describe('parser directives', () => {
  it('reads directives until the first other line, keys case-insensitively', () => {
    expect(new DirectiveParser().parseAll('#escape=\\\n# key = FOO bar\n\n# smth\n')).toEqual([{ name: 'escape', value: '\\', line: 1 }]);
    expect(new DirectiveParser().parseAll('# EScape=\\\n# KEY = FOO bar\n')).toEqual([{ name: 'escape', value: '\\', line: 1 }]);
  });

  it('detects the syntax frontend in all its spellings (DetectSyntax)', () => {
    expect(detectSyntax('# syntax = dockerfile:experimental // opts\nFROM busybox\n')).toEqual({
      ref: 'dockerfile:experimental',
      cmdline: 'dockerfile:experimental // opts',
      line: 1,
    });
    expect(detectSyntax('#!/bin/sh\n# syntax = dockerfile:experimental\nFROM busybox\n')?.line).toBe(2);
    expect(detectSyntax('#!/bin/sh\n\n# syntax = dockerfile:experimental\n')).toBeUndefined();
    expect(detectSyntax('FROM busybox\nRUN ls\n')).toBeUndefined();
    expect(detectSyntax('//syntax=foo\n//key=value')?.ref).toBe('foo');
    expect(detectSyntax('#!/bin/sh\n//syntax=x')?.ref).toBe('x');
    expect(detectSyntax('{"syntax": "foo", "bar": ["abc"]}')?.ref).toBe('foo');
    expect(detectSyntax('{"syntax": "foo"')).toBeUndefined();
    expect(detectSyntax('{"syntax": "foo"}\n# syntax=bar')).toBeUndefined();
    expect(detectSyntax('\ufeff# syntax = myfrontend\nFROM busybox\n')).toEqual({ ref: 'myfrontend', cmdline: 'myfrontend', line: 1 });
  });

  it('reads the check directive (ParseDirective)', () => {
    expect(parseDirective('check', '#check = skip=all // opts\nFROM busybox\n')).toEqual({ ref: 'skip=all', cmdline: 'skip=all // opts', line: 1 });
    expect(parseDirective('check', '#!/bin/sh\n# check = skip=all\nFROM busybox\n')?.line).toBe(2);
    expect(parseDirective('check', '//check=skip=all\n//key=value')).toBeUndefined();
  });
});


// A small model of Dockerfile instructions: their text (as words) and their expected dump.
const word = fc.stringMatching(/^[a-z0-9][a-z0-9._/-]{0,7}$/);
const anyText = fc.string({ maxLength: 8 }).filter((s) => !/[\r\n]/.test(s));
interface Model {
  readonly head: string;
  readonly words: readonly string[];
  /** The dump, given how the words were joined. */
  readonly dump: (joined: string) => string;
}
const instruction: fc.Arbitrary<Model> = fc.oneof(
  fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => ({ head: 'RUN', words, dump: (j: string) => `(run ${goQuote(j)})` })),
  fc.array(anyText, { maxLength: 4 }).map((xs) => ({
    head: `CMD ${JSON.stringify(xs)}`,
    words: [],
    dump: () => (xs.length === 0 ? '(cmd)' : `(cmd ${xs.map(goQuote).join(' ')})`),
  })),
  fc.tuple(word, word).map(([k, v]) => ({ head: `ENV ${k}=${v}`, words: [], dump: () => `(env ${goQuote(k)} ${goQuote(v)} "=")` })),
  fc.tuple(word, word, word).map(([from, src, dst]) => ({
    head: `COPY --from=${from}`,
    words: [src, dst],
    dump: () => `(copy [${goQuote(`--from=${from}`)}] ${goQuote(src)} ${goQuote(dst)})`,
  })),
  fc.tuple(word, word).map(([image, stage]) => ({ head: `FROM ${image} AS ${stage}`, words: [], dump: () => `(from ${goQuote(image)} "AS" ${goQuote(stage)})` })),
);

/** Renders instructions, breaking word lists over continuation lines (escape `esc`) where asked. */
function render(models: readonly Model[], breaks: readonly boolean[], esc: string): { text: string; dump: string } {
  const lines = esc === '`' ? ['# escape=`', ''] : [];
  let dump = '';
  models.forEach((m, i) => {
    if (m.words.length > 1 && breaks[i % breaks.length]) {
      // `head w1 \` + `  w2 \` + `  w3`: the continuation keeps the indentation.
      lines.push(`${m.head} ${m.words[0]} ${esc}`, '  # a comment inside the instruction');
      m.words.slice(1).forEach((w, j) => lines.push(`  ${w}${j < m.words.length - 2 ? ` ${esc}` : ''}`));
      dump += `${m.dump(m.words.join('   '))}\n`;
    } else {
      lines.push([m.head, ...m.words].join(' '));
      dump += `${m.dump(m.words.join(' '))}\n`;
    }
    lines.push('', '# between instructions');
  });
  return { text: lines.join('\n'), dump };
}

describe('parser properties', () => {
  const models = fc.array(instruction, { minLength: 1, maxLength: 8 });
  const breaks = fc.array(fc.boolean(), { minLength: 1, maxLength: 8 });

  it('parses what a model renders, continuations and comments notwithstanding', () => {
    fc.assert(
      fc.property(models, breaks, (ms, bs) => {
        const { text, dump: expected } = render(ms, bs, '\\');
        expect(dump(text)).toBe(expected);
      }),
    );
  });

  it('gives the same AST whether lines continue with \\ or with ` under # escape=`', () => {
    fc.assert(
      fc.property(models, breaks, (ms, bs) => {
        const plain = ms.filter((m) => !/[\\`]/.test(m.head));
        fc.pre(plain.length > 0);
        expect(dump(render(plain, bs, '`').text)).toBe(render(plain, bs, '\\').dump);
      }),
    );
  });

  it('never throws anything but a Docker error, whatever the input', () => {
    const unit = fc.constantFrom('R', 'U', 'N', ' ', '\\', '\n', '#', '<', 'E', 'O', 'F', '"', "'", '[', ']', '=', '-', '`', 'x');
    fc.assert(
      fc.property(fc.string({ maxLength: 60, unit }), (text) => {
        try {
          parseDockerfile(`FROM a\n${text}`);
        } catch (e) {
          expect(e).toBeInstanceOf(DockerfileError);
        }
      }),
    );
  });
});

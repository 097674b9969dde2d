import { describe, expect, it } from 'vitest';
import { GoTemplate } from './template.js';
import { GO_TYPE } from './values.js';

const run = (text: string, data: unknown, missingKey?: 'error') => GoTemplate.parse(text).execute(data, missingKey ? { missingKey } : {});

const ctx = {
  [GO_TYPE]: '*formatter.ContainerContext',
  ID: () => 'abc',
  Names: () => 'web',
  Label: (name: unknown) => (name === 'a' ? 'x' : ''),
  Fail: () => {
    throw new Error('boom');
  },
};

describe('Go text/template: parsing errors', () => {
  it.each([
    ['{{foo}}', 'template: :1: function "foo" not defined'],
    ['{{InvalidFunction}}', 'template: :1: function "InvalidFunction" not defined'],
    ['{{.Foo', 'template: :1: unclosed action'],
    ['{{.Foo}', "template: :1: bad character U+007D '}'"],
    ['{{.Foo }', 'template: :1: unexpected "}" in operand'],
    ['{{if .}}', 'template: :1: unexpected EOF'],
    ['{{end}}', 'template: :1: unexpected {{end}}'],
    ['{{else}}', 'template: :1: unexpected {{else}}'],
    ['{{break}}', 'template: :1: {{break}} outside {{range}}'],
    ['{{range .}}{{break 1}}{{end}}', 'template: :1: unexpected "1" in {{break}}'],
    ['{{$x}}', 'template: :1: undefined variable "$x"'],
    ['{{.X | 3}}', 'template: :1: non executable command in pipeline stage 2'],
    ['{{}}', 'template: :1: missing value for command'],
    ['{{"x}}', 'template: :1: unterminated quoted string'],
    ["{{'a}}", 'template: :1: unterminated character constant'],
    ['{{`x}}', 'template: :1: unterminated raw quoted string'],
    ['{{#}}', 'template: :1: unexpected "#" in command'],
    ['{{\u00a0}}', "template: :1: unrecognized character in action: U+00A0 '\u00a0'"],
    ['{{(1}}', 'template: :1: unclosed left paren'],
    ['{{/* x }}', 'template: :1: unclosed comment'],
    ['a\n{{.X\n', 'template: :3: unclosed action started at :2'],
    ['{{if .}}{{else}}{{else}}{{end}}', 'template: :1: expected end; found {{else}}'],
    ['{{range $a, $b, $c := .}}{{end}}', 'template: :1: too many declarations in range'],
    ['{{range $a, 1}}{{end}}', 'template: :1: range can only initialize variables'],
  ])('%j → %s', (text, message) => {
    expect(() => GoTemplate.parse(text)).toThrow(message);
  });
});

describe('Go text/template: execution', () => {
  it.each<[string, unknown, string]>([
    ['{{.Foo}}', { Foo: 'bar' }, 'bar'],
    ['{{.Missing}}', { Foo: 'bar' }, '<no value>'],
    ['{{.A.B.C}}', {}, '<no value>'],
    ['{{.}}', { B: 1, A: 'x' }, '{1 x}'],
    ['{{.}}', { b: 1, a: 'x' }, 'map[a:x b:1]'],
    ['{{.}}', [1, 'a', null, 1.5, true], '[1 a <nil> 1.5 true]'],
    ['{{.}}', null, '<nil>'],
    ['{{range .}}{{.}},{{end}}', [1, 2], '1,2,'],
    ['{{range $i, $e := .}}{{$i}}={{$e}} {{end}}', ['a', 'b'], '0=a 1=b '],
    ['{{range .}}x{{else}}empty{{end}}', [], 'empty'],
    ['{{range .Nope}}x{{else}}empty{{end}}', {}, 'empty'],
    ['{{range $k, $v := .}}{{$k}}:{{$v}};{{end}}', { b: 2, a: 1 }, 'a:1;b:2;'],
    ['{{range 3}}{{.}}{{end}}', null, '012'],
    ['{{range .}}{{if eq . 2}}{{break}}{{end}}{{.}}{{end}}', [1, 2, 3], '1'],
    ['{{range .}}{{if eq . 2}}{{continue}}{{end}}{{.}}{{end}}', [1, 2, 3], '13'],
    ['{{if .}}yes{{else}}no{{end}}', 0, 'no'],
    ['{{if .}}yes{{else}}no{{end}}', 'x', 'yes'],
    ['{{with .A}}{{.}}{{else}}none{{end}}', { A: '' }, 'none'],
    ['{{with .A}}[{{.}}]{{end}}', { A: 'v' }, '[v]'],
    ['{{if .A}}a{{else if .B}}b{{else}}c{{end}}', { A: false, B: true }, 'b'],
    ['{{with .A}}a{{else with .B}}{{.}}{{end}}', { B: 'bb' }, 'bb'],
    [' x {{- " y " -}} z ', null, ' x y z '],
    ['a {{/* comment */}} b', null, 'a  b'],
    ['a {{- /* comment */ -}} b', null, 'ab'],
    ['{{printf "%s-%d" "a" 3}}', null, 'a-3'],
    ['{{printf "%5.2f|%-4s|%03d|%x|%q|%v|%t" 3.14159 "ab" 7 255 "q" .X true}}', { X: [1] }, ' 3.14|ab  |007|ff|"q"|[1]|true'],
    ['{{printf "%d" "x"}}', null, '%!d(string=x)'],
    ['{{printf "%s"}}', null, '%!s(MISSING)'],
    ['{{printf "%s" 1 2}}', null, '%!s(int=1)%!(EXTRA int=2)'],
    ['{{len .}}', 'héllo', '6'],
    ['{{len .}}', { a: 1, b: 2 }, '2'],
    ['{{index . 1}}', ['a', 'b'], 'b'],
    ['{{index . "k"}}', { k: 'v' }, 'v'],
    ['{{index . "x"}}', { k: 'v' }, ''],
    ['{{index .M "k" 1}}', { M: { k: [1, 2] } }, '2'],
    ['{{slice "abcd" 1 3}}', null, 'bc'],
    ['{{join .L ","}}', { L: ['a', 'b'] }, 'a,b'],
    ['{{split "a,b" ","}}', null, '[a b]'],
    ['{{json .}}', { b: '<&>', a: 1, c: [true, null] }, '{"a":1,"b":"<&>","c":[true,null]}'],
    ['{{json .}}', { Name: 'x', Id: 1 }, '{"Name":"x","Id":1}'],
    ['{{upper "ab"}} {{lower "AB"}} {{title "hello wide-world"}}', null, 'AB ab Hello Wide-World'],
    ['{{pad "x" 1 2}}|{{pad "" 1 2}}|', null, ' x  ||'],
    ['{{truncate "abcdef" 3}} {{truncate "ab" 3}}', null, 'abc ab'],
    ['{{$x := 1}}{{$x = 2}}{{$x}}', null, '2'],
    ['{{$x := .}}{{range .}}{{$x}}{{end}}', [1, 2], '[1 2][1 2]'],
    ['{{define "T"}}[{{.}}]{{end}}{{template "T" 5}}', null, '[5]'],
    ['{{block "B" .}}b{{.}}{{end}}', 1, 'b1'],
    ['{{eq 1 1 2}} {{eq 1 2 3}} {{lt 1 2}} {{ne "a" "b"}} {{ge 2 2}} {{gt "b" "a"}}', null, 'true false true true true true'],
    ['{{and 1 0 2}} {{and 1 2}} {{or 0 "" "x"}} {{or 0 ""}} {{not 0}}', null, '0 2 x  true'],
    ['{{.ID}} {{.Names}} {{.Label "a"}}', ctx, 'abc web x'],
    ['{{.Names | upper}} {{"x" | printf "%s-%s" "y"}}', ctx, 'WEB y-x'],
    ['{{html "<a>"}} {{js "it\'s"}} {{urlquery "a b&c"}}', null, "&lt;a&gt; it\\'s a+b%26c"],
    ['{{print 1 2 "a" 3}}', null, '1 2a3'],
    ['{{println 1 "a"}}', null, '1 a\n'],
    ["{{1.5}} {{0x10}} {{'a'}} {{-3}} {{1e3}}", null, '1.5 16 97 -3 1000'],
    ['{{(index . 0).A}}', [{ A: 'z' }], 'z'],
    ['{{$}}', 'root', 'root'],
  ])('%j over %j → %j', (text, data, out) => {
    expect(run(text, data)).toBe(out);
  });

  it.each<[string, unknown, string, ('error' | undefined)?]>([
    ['{{nil}}', null, 'template: :1:2: executing "" at <nil>: nil is not a command'],
    ['{{.A.B}}', { A: null }, 'template: :1:4: executing "" at <.A.B>: nil pointer evaluating interface {}.B'],
    ['{{.Foo}}', ctx, 'template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type *formatter.ContainerContext'],
    ['{{.Foo 1}}', { Foo: 1 }, 'template: :1:2: executing "" at <.Foo>: Foo is not a method but has arguments'],
    ['{{.Foo}}', {}, 'template: :1:2: executing "" at <.Foo>: map has no entry for key "Foo"', 'error'],
    ['{{.X.Y}}', { X: 'str' }, 'template: :1:4: executing "" at <.X.Y>: can\'t evaluate field Y in type string'],
    ['{{join .Names ","}}', ctx, 'template: :1:7: executing "" at <.Names>: wrong type for value; expected []string; got string'],
    ['{{index . 5}}', ['a'], 'template: :1:2: executing "" at <index . 5>: error calling index: index out of range: 5'],
    ['{{len 3}}', null, 'template: :1:2: executing "" at <len 3>: error calling len: len of type int'],
    ['{{eq "a" 1}}', null, 'template: :1:2: executing "" at <eq "a" 1>: error calling eq: incompatible types for comparison'],
    ['{{join "a"}}', null, 'template: :1:2: executing "" at <join>: wrong number of args for join: want 2 got 1'],
    ['{{printf}}', null, 'template: :1:2: executing "" at <printf>: wrong number of args for printf: want at least 1 got 0'],
    ['{{upper 3}}', null, 'template: :1:8: executing "" at <3>: expected string; found 3'],
    ['{{pad "a" "b" 1}}', null, 'template: :1:10: executing "" at <"b">: expected integer; found "b"'],
    ['{{range .}}x{{.}}{{end}}', 'abc', 'template: :1:8: executing "" at <{{range .}}x{{.}}{{end}}>: range can\'t iterate over abc'],
    ['{{template "nope"}}', null, 'template: :1:11: executing "" at <{{template "nope"}}>: template "nope" not defined'],
    ['{{.Fail}}', ctx, 'template: :1:2: executing "" at <.Fail>: error calling Fail: boom'],
  ])('%j over %j fails: %s', (text, data, message, missingKey) => {
    expect(() => run(text, data, missingKey)).toThrow(message);
  });
});

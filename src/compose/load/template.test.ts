import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeDollars, InvalidTemplateError, MissingRequiredError, substitute } from './template.js';

const ENV: Readonly<Record<string, string>> = { FOO: 'first', BAR: '', JSON: '{"json":2}' };
const lookup = (name: string): string | undefined => ENV[name];

describe('variable substitution (compose-go template)', () => {
  it.each([
    ['$${foo}', '${foo}'],
    ['foo', 'foo'],
    ['a $ string', 'a $ string'],
    ['^REGEX$', '^REGEX$'],
    ['$}', '$}'],
    ['$', '$'],
    ['$FOO-bar', 'first-bar'],
    ['This ${missing} var', 'This  var'],
    ['This ${BAR} var', 'This  var'],
    ['This $FOO var', 'This first var'],
    ['This ${FOO} var', 'This first var'],
    ['ok ${missing:-def}', 'ok def'],
    ['ok ${missing-def}', 'ok def'],
    ['ok ${BAR:-def}', 'ok def'],
    ['ok ${FOO:-def}', 'ok first'],
    ['ok ${BAR-def}', 'ok '],
    ['ok ${UNSET_VAR:+presence_value}', 'ok '],
    ['ok ${UNSET_VAR+presence_value}', 'ok '],
    ['ok ${FOO:+presence_value}', 'ok presence_value'],
    ['ok ${FOO+presence_value}', 'ok presence_value'],
    ['ok ${BAR+presence_value}', 'ok presence_value'],
    ['ok ${BAR:+presence_value}', 'ok '],
    ['ok ${BAR:-/non:-alphanumeric}', 'ok /non:-alphanumeric'],
    ['-ok ${BAR:-defaultValue}', '-ok defaultValue'],
    ['+ok ${UNSET:-${BAR-defaultValue}}', '+ok '],
    [':?ok ${BAR-defaultValue}', ':?ok '],
    [':+ok ${BAR:-defaultValue}', ':+ok defaultValue'],
    ['ok ${UNSET_VAR-$FOO}', 'ok first'],
    ['ok ${UNSET_VAR-${FOO}}', 'ok first'],
    ['ok ${UNSET_VAR-${FOO} ${FOO}}', 'ok first first'],
    ['ok ${BAR:-${FOO} ${FOO}}', 'ok first first'],
    ['ok ${BAR+$FOO ${FOO:+second}}', 'ok first second'],
    ['ok ${FOO:?err}', 'ok first'],
    ['ok ${BAR?err}', 'ok '],
    ['${UNSET_VAR-myerror?msg}', 'myerror?msg'],
    ['ok ${missing:-{"json":1}}', 'ok {"json":1}'],
    ['ok ${JSON-{"json":1}}', 'ok {"json":2}'],
    ['${A:+${A},}B', 'B'],
    ['$foo_bar1 and ${Foo}', ' and '],
  ])('%j → %j', (template, expected) => {
    expect(substitute(template, lookup)).toBe(expected);
  });

  it.each([
    ['not ok ${UNSET_VAR:?Mandatory Variable Unset}', 'required variable UNSET_VAR is missing a value: Mandatory Variable Unset'],
    ['not ok ${BAR:?Mandatory Variable Empty}', 'required variable BAR is missing a value: Mandatory Variable Empty'],
    ['not ok ${UNSET_VAR:?}', 'required variable UNSET_VAR is missing a value'],
    ['not ok ${UNSET_VAR?Mandatory Variable Unset}', 'required variable UNSET_VAR is missing a value: Mandatory Variable Unset'],
    ['not ok ${UNSET_VAR?Mandatory Variable ${FOO}}', 'required variable UNSET_VAR is missing a value: Mandatory Variable first'],
  ])('%j fails: %s', (template, message) => {
    expect(() => substitute(template, lookup)).toThrow(MissingRequiredError);
    expect(() => substitute(template, lookup)).toThrow(message);
  });

  it.each(['${', '${}', '${ }', '${ foo}', '${foo }', '${foo!}', '${1abc}', 'x ${a:-b\nc}'])('%j is an invalid template', (template) => {
    expect(() => substitute(template, lookup)).toThrow(InvalidTemplateError);
  });

  it('reports unset variables that it defaulted to blank, and only those', () => {
    const unset: string[] = [];
    substitute('${A} ${B:-x} ${C:-${D}} ${E:+${F}} $G', lookup, (n) => unset.push(n));
    expect(unset).toEqual(['A', 'D', 'G']);
  });

  it('round-trips any text through $$ escaping (what `compose config` prints reads back the same)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('$', '{', '}', 'a', 'B', '_', '-', ':', '?', ' ', '1') }), (text) => {
        expect(substitute(escapeDollars(text), () => 'SHOULD NOT APPEAR')).toBe(text);
      }),
    );
  });
});

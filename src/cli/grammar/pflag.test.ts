import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flag, type FlagSpec } from './flag.js';
import { FlagParseError, parseFlags } from './pflag.js';
import { shellWords } from '../tokenize.js';

const SPECS: FlagSpec[] = [
  flag.bool('detach', 'd', 'Run in background'),
  flag.bool('interactive', 'i', 'Keep STDIN open'),
  flag.bool('tty', 't', 'Allocate a pseudo-TTY'),
  flag.list('publish', 'p', 'Publish ports'),
  flag.list('env', 'e', 'Set environment variables'),
  flag.string('name', '', 'Assign a name'),
  flag.int('time', '', 'Seconds', { deprecated: 'use --timeout instead', alias: 'timeout' }),
  flag.int('timeout', 'T', 'Seconds'),
  flag.strings('alias', '', 'Aliases'),
  flag.map('sysctl', '', 'Sysctls'),
  flag.filter('filter', 'f', 'Filter'),
  flag.duration('interval', '', 'Interval'),
  flag.bytes('memory', 'm', 'Memory'),
  flag.decimal('cpus', '', 'CPUs'),
  flag.string('pull', '', 'Pull', { def: 'missing' }),
  flag.int('last', 'n', 'Last', { def: '-1' }),
  flag.bool('help', 'h', 'Print usage', { hidden: true, shorthandDeprecated: 'use --help' }),
];

const parse = (argv: string, interspersed = true) => parseFlags(SPECS, shellWords(argv), { interspersed });

describe('pflag parsing', () => {
  it.each([
    ['-dp 80:80 img', { detach: true, publish: ['80:80'] }, ['img']],
    ['-it img sh', { interactive: true, tty: true }, ['img', 'sh']],
    ['-p80:80 -p=81:81 --publish 82:82 --publish=83:83', { publish: ['80:80', '81:81', '82:82', '83:83'] }, []],
    ['--detach=false img', { detach: false }, ['img']],
    ['--detach false', { detach: true }, ['false']],
    ['-e A=1 -e B=2', { env: ['A=1', 'B=2'] }, []],
    ['--name= x', { name: '' }, ['x']],
    [`--alias a,b --alias '"c,d",e'`, { alias: ['a', 'b', 'c,d', 'e'] }, []],
    ['--sysctl net.a=1 --sysctl net.b', { sysctl: { 'net.a': '1', 'net.b': '' } }, []],
    ['-f Name=web -f status=up -f name=web', { filter: { name: ['web'], status: ['up'] } }, []],
    ['--interval 1m30s', { interval: 90e9 }, []],
    ['-m 64m', { memory: 64 * 1024 * 1024 }, []],
    ['--cpus 1.5', { cpus: 1_500_000_000 }, []],
    ['--time 3', { timeout: 3 }, []],
    ['', { pull: 'missing', last: -1, detach: false, publish: [] }, []],
    ['-n 0x10', { last: 16 }, []],
    ['a -- -d --x', { detach: false }, ['a', '-d', '--x']],
    ['- -d', { detach: true }, ['-']],
  ] as const)('%s', (argv, values, args) => {
    const r = parse(argv);
    for (const [name, value] of Object.entries(values)) expect(r.flags.value(name)).toEqual(value);
    expect(r.args).toEqual(args);
  });

  it('stops at the first argument when not interspersed (docker run IMAGE -ls)', () => {
    const r = parse('-d img -ls --name x', false);
    expect(r.flags.bool('detach')).toBe(true);
    expect(r.args).toEqual(['img', '-ls', '--name', 'x']);
    expect(r.flags.changed('name')).toBe(false);
  });

  it('records where -- was', () => {
    expect(parse('a b -- c').argsLenAtDash).toBe(2);
    expect(parse('a b').argsLenAtDash).toBe(-1);
  });

  it('an alias sets its target and counts as changed itself, with a notice', () => {
    const r = parse('--time 5');
    expect(r.flags.changed('time')).toBe(true);
    expect(r.flags.changed('timeout')).toBe(false);
    expect(r.flags.number('time')).toBe(5);
    expect(r.notices).toEqual(['Flag --time has been deprecated, use --timeout instead']);
  });

  it('-h means help, with the deprecation notice', () => {
    const r = parse('-h');
    expect(r.help).toBe(true);
    expect(r.notices).toEqual(['Flag shorthand -h has been deprecated, use --help']);
  });

  it.each([
    ['--foo', 'unknown flag: --foo'],
    ['-z', "unknown shorthand flag: 'z' in -z"],
    ['-dz', "unknown shorthand flag: 'z' in -z"],
    ['-p', "flag needs an argument: 'p' in -p"],
    ['-dp', "flag needs an argument: 'p' in -p"],
    ['--name', 'flag needs an argument: --name'],
    ['---x', 'bad flag syntax: ---x'],
    ['--=x', 'bad flag syntax: --=x'],
    ['-T x', 'invalid argument "x" for "-T, --timeout" flag: strconv.ParseInt: parsing "x": invalid syntax'],
    ['--time 1.5', 'invalid argument "1.5" for "--time" flag: strconv.ParseInt: parsing "1.5": invalid syntax'],
    ['--detach=maybe', 'invalid argument "maybe" for "-d, --detach" flag: strconv.ParseBool: parsing "maybe": invalid syntax'],
    ['--interval 5', 'invalid argument "5" for "--interval" flag: time: missing unit in duration "5"'],
    ['--interval 5y', 'invalid argument "5y" for "--interval" flag: time: unknown unit "y" in duration "5y"'],
    ['-m 5x', "invalid argument \"5x\" for \"-m, --memory\" flag: invalid suffix: 'x'"],
    ['--cpus x', 'invalid argument "x" for "--cpus" flag: failed to parse x as a rational number'],
    ['-f x', 'invalid argument "x" for "-f, --filter" flag: bad format of filter (expected name=value)'],
    ['--help=x', 'invalid argument "x" for "--help" flag: strconv.ParseBool: parsing "x": invalid syntax'],
  ])('%s → %s', (argv, message) => {
    expect(() => parse(argv)).toThrow(new FlagParseError(message));
  });

  it('bool shorthands combine in any order and repeat', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('d', 'i', 't'), { minLength: 1, maxLength: 6 }), (letters) => {
        const r = parseFlags(SPECS, [`-${letters.join('')}`]);
        for (const [l, name] of [['d', 'detach'], ['i', 'interactive'], ['t', 'tty']] as const) {
          expect(r.flags.bool(name)).toBe(letters.includes(l));
        }
      }),
    );
  });

  it('list flags keep every occurrence in order, whatever the spelling', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('-p', '--publish', '-p=', '--publish=', '-p+'), fc.stringMatching(/^[0-9a-z:]{1,8}$/))), (occurrences) => {
        const argv = occurrences.flatMap(([form, v]) => (form.endsWith('=') ? [`${form}${v}`] : form === '-p+' ? [`-p${v}`] : [form, v]));
        expect(parseFlags(SPECS, argv).flags.list('publish')).toEqual(occurrences.map(([, v]) => v));
      }),
    );
  });
});

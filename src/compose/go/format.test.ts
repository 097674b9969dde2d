import { describe, expect, it } from 'vitest';
import { goQuote, goSprint } from './format.js';
import { isIP } from './net.js';
import { basePath, cleanPath, dirPath, joinPath } from '../../core/go-path.js';

describe('fmt.Sprint of YAML scalars', () => {
  it.each([
    [1, '1'],
    [3000, '3000'],
    [-7, '-7'],
    [0.5, '0.5'],
    [1.25, '1.25'],
    [0.00001, '1e-05'],
    [1234567.5, '1.2345675e+06'],
    [true, 'true'],
    [false, 'false'],
    [null, '<nil>'],
    ['text', 'text'],
  ])('%j → %j', (value, text) => {
    expect(goSprint(value)).toBe(text);
  });

  it('quotes like strconv.Quote', () => {
    expect(goQuote('a"b\\c\nd\x01')).toBe('"a\\"b\\\\c\\nd\\x01"');
    expect(goQuote('héllo')).toBe('"héllo"');
  });
});

describe('net.ParseIP', () => {
  it.each(['127.0.0.1', '0.0.0.0', '255.255.255.255', '::1', '::', 'fe80::1', '2001:db8::8a2e:370:7334', '::ffff:192.168.1.1', '1:2:3:4:5:6:7:8'])('accepts %s', (ip) => {
    expect(isIP(ip)).toBe(true);
  });
  it.each(['', '256.0.0.1', '1.2.3', '01.2.3.4', 'localhost', '1::2::3', '1:2:3:4:5:6:7:8:9', '12345::', 'fe80::1%eth0'])('rejects %j', (ip) => {
    expect(isIP(ip)).toBe(false);
  });
});

describe('path/filepath on Unix', () => {
  it.each([
    ['/a/b/../c', '/a/c'],
    ['./x/./y/', 'x/y'],
    ['', '.'],
    ['/..', '/'],
    ['../../a', '../../a'],
    ['a//b', 'a/b'],
  ])('Clean(%j) = %j', (p, clean) => {
    expect(cleanPath(p)).toBe(clean);
  });

  it('joins, splits and names like filepath', () => {
    expect(joinPath('/home/me/app', './')).toBe('/home/me/app');
    expect(joinPath('/home/me/app', '../data')).toBe('/home/me/data');
    expect(dirPath('/home/me/app/compose.yaml')).toBe('/home/me/app');
    expect(dirPath('/compose.yaml')).toBe('/');
    expect(basePath('/home/me/getting-started-app')).toBe('getting-started-app');
    expect(basePath('/')).toBe('/');
  });
});

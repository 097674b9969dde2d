import { describe, expect, it } from 'vitest';
import { TABLE_WRITER, tabwrite, VERSION_WRITER } from './tabwriter.js';

describe('tabwriter (Go text/tabwriter as docker uses it)', () => {
  it('pads key/value lines to 20 columns like docker version', () => {
    expect(tabwrite('Client:\n Version:\t28.2.2\n API version:\t1.50\n', VERSION_WRITER)).toBe(
      'Client:\n Version:           28.2.2\n API version:       1.50\n',
    );
  });

  it('aligns table columns with 3 spaces of padding and a minimum width of 10', () => {
    const text = 'NETWORK ID\tNAME\tDRIVER\tSCOPE\n0123456789ab\tbridge\tbridge\tlocal\nabcdefabcdef\thost\thost\tlocal\n';
    expect(tabwrite(text, TABLE_WRITER)).toBe(
      'NETWORK ID     NAME      DRIVER    SCOPE\n0123456789ab   bridge    bridge    local\nabcdefabcdef   host      host      local\n',
    );
  });

  it('counts runes, not bytes, and leaves the last cell unpadded', () => {
    expect(tabwrite('a…\tb\nccc\td\n', { minWidth: 0, padding: 1 })).toBe('a…  b\nccc d\n');
  });

  it('a line without tabs ends the column block', () => {
    expect(tabwrite('a\tb\nlonger-line\nxxxxxxxx\ty\n', { minWidth: 0, padding: 1 })).toBe('a b\nlonger-line\nxxxxxxxx y\n');
  });

  it('nested blocks: columns widen only over the lines that have them', () => {
    const text = 'k\tv\nkey\tvalue\tz\nk2\tv2\n';
    expect(tabwrite(text, { minWidth: 0, padding: 1 })).toBe('k   v\nkey value z\nk2  v2\n');
  });
});

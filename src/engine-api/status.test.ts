import { describe, expect, it } from 'vitest';
import { kindOfStatus } from '../client/http/errors.js';
import { DockerError, ERROR_KINDS } from '../core/errors.js';
import { PayloadTooLarge } from './body.js';
import { statusOf, statusOfKind } from './status.js';

describe('error kind ↔ HTTP status', () => {
  it.each([
    ['NotFound', 404],
    ['InvalidParameter', 400],
    ['Conflict', 409],
    ['Unauthorized', 401],
    ['Forbidden', 403],
    ['Unavailable', 503],
    ['NotModified', 304],
    ['NotImplemented', 501],
    ['Internal', 500],
  ] as const)('%s is %i', (kind, status) => {
    expect(statusOfKind(kind)).toBe(status);
  });

  it.each([...ERROR_KINDS])('a client reads %s back from its status', (kind) => {
    expect(kindOfStatus(statusOf(new DockerError(kind, 'x')))).toBe(kind);
  });

  it('answers 413 for an oversized body, which clients read as a bad parameter; anything else is a 500', () => {
    expect(statusOf(new PayloadTooLarge(1))).toBe(413);
    expect(kindOfStatus(413)).toBe('InvalidParameter');
    expect(statusOf(new TypeError('bug'))).toBe(500);
  });
});

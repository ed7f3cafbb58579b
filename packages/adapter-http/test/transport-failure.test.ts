import { describe, expect, it } from 'vitest';
import { transportFailure } from '../src/transport-failure.js';

const fired = (): AbortSignal => AbortSignal.abort();
const quiet = (): AbortSignal => new AbortController().signal;

const resetError = (): Error => {
  const socket = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
  return new TypeError('fetch failed', { cause: socket });
};

describe('transportFailure', () => {
  it.each([
    // The caller's signal fired: the caller asked to stop.
    ['is Aborted when the caller aborted', fired(), quiet(), 'Aborted'],
    // Only the attempt's timeout fired.
    ['is Timeout when the timeout fired', undefined, fired(), 'Timeout'],
    ['is Timeout when the caller gave a signal that did not fire', quiet(), fired(), 'Timeout'],
    // Both fired: the caller's intent wins.
    ['is Aborted when both fired', fired(), fired(), 'Aborted'],
    // Neither: the network failed.
    ['is Network when no signal fired', quiet(), quiet(), 'Network'],
    ['is Network without a caller signal', undefined, quiet(), 'Network'],
  ] as const)('%s', (_rule, caller, timeoutSignal, type) => {
    const error = transportFailure(resetError(), {
      caller,
      timeout: timeoutSignal,
      timeoutMs: 250,
    });
    expect(error.type).toBe(type);
  });

  it('says how long the timeout was', () => {
    expect(
      transportFailure(new Error('x'), { caller: undefined, timeout: fired(), timeoutMs: 250 }),
    ).toMatchObject({
      type: 'Timeout',
      timeoutMs: 250,
    });
  });

  it('keeps the socket error of a network failure as plain data', () => {
    const error = transportFailure(resetError(), {
      caller: undefined,
      timeout: quiet(),
      timeoutMs: 250,
    });
    expect(error).toMatchObject({
      type: 'Network',
      cause: { name: 'TypeError', message: 'fetch failed: read ECONNRESET', code: 'ECONNRESET' },
    });
    expect(JSON.parse(JSON.stringify(error))).toEqual(error);
  });

  it('describes a thrown non-error', () => {
    const error = transportFailure('boom', { caller: undefined, timeout: quiet(), timeoutMs: 1 });
    expect(error).toMatchObject({ type: 'Network', cause: { name: 'string', message: 'boom' } });
  });
});

import { describe, expect, it } from 'vitest';
import { REDACTED, redactSecret } from '../src/redact-secret.js';

describe('redactSecret', () => {
  const redact = redactSecret('s3cr3t-token');

  it('replaces the secret in nested strings of plain data', () => {
    expect(
      redact({ message: 'Bearer s3cr3t-token refused', cause: { list: ['x s3cr3t-token'] } }),
    ).toEqual({ message: `Bearer ${REDACTED} refused`, cause: { list: [`x ${REDACTED}`] } });
  });

  it('leaves dates and numbers as they are', () => {
    const date = new Date(0);
    expect(redact({ at: date, n: 1 }).at).toBe(date);
  });

  it('changes nothing for an empty secret', () => {
    const value = { message: 'abc' };
    expect(redactSecret('')(value)).toBe(value);
  });
});

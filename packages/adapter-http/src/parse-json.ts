import { Result } from 'neverthrow';

/**
 * Parses JSON text without throwing. An empty body is not JSON.
 *
 * Returns the parsed value, or `null` as the error when the text is not JSON (truncated, HTML,
 * empty): callers decide what an unreadable body means for them.
 */
export const parseJson: (text: string) => Result<unknown, null> = Result.fromThrowable(
  (text: string): unknown => JSON.parse(text),
  () => null,
);

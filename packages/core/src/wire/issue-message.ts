/** The parts of a schema issue (valibot's, or any alike) that a message is made from. */
export interface SchemaIssueText {
  /** The issue's own sentence, which a library may have written with the value in it. */
  readonly message: string;
  /** How the library quotes the value it was given (`"jane@example.com"`, `12`). */
  readonly received: string;
  /** What was expected (`string`, `("BRL" | "ARS")`), or `null` when the library says nothing. */
  readonly expected: string | null;
}

/**
 * A schema issue as a sentence that never repeats the input: its own message when
 * that does not quote the value received, else what was expected. Validation libraries write
 * `Expected string but received "jane@example.com"`; that sentence goes into errors and logs,
 * so the value must not. Total.
 */
export const issueMessage = (issue: SchemaIssueText): string =>
  issue.message.includes(issue.received)
    ? `expected ${issue.expected ?? 'a valid value'}`
    : issue.message;

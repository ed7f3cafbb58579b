import { type BadRequest, badRequest, issueMessage } from '@reembolso/core';
import { err, ok, type Result } from 'neverthrow';
import * as v from 'valibot';

/**
 * Checks a request body against a valibot schema. Returns the schema's output, or `BadRequest`
 * (400) naming the first offending field (`"payer.first_name: …"`) and what was expected, never
 * the value given. Never throws.
 */
export const parseBody = <TSchema extends v.GenericSchema>(
  schema: TSchema,
  body: unknown,
): Result<v.InferOutput<TSchema>, BadRequest> => {
  const parsed = v.safeParse(schema, body);
  if (parsed.success) return ok(parsed.output);
  const issue = parsed.issues[0];
  const path = v.getDotPath(issue) ?? '';
  const field = path || 'body';
  return err(
    badRequest(
      issue.received === 'undefined' ? `${field} is required` : `${field}: ${issueMessage(issue)}`,
    ),
  );
};

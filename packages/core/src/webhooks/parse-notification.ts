import { err, ok, type Result } from 'neverthrow';
import * as v from 'valibot';
import { type NotificationParseError, notificationParseError } from '../errors.js';
import { firstIssue } from '../wire/wire-schemas.js';
import type { Notification } from './notification.js';

// Mercado Pago sends ids as numbers in some places and strings in others: take both.
const idSchema = v.union(
  [
    v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.transform(String)),
    v.pipe(v.string(), v.nonEmpty(), v.maxLength(64)),
  ],
  'must be a number or a non-empty string',
);

const notificationSchema = v.looseObject({
  id: idSchema,
  live_mode: v.optional(v.boolean('must be a boolean'), false),
  type: v.pipe(v.string('must be a string'), v.nonEmpty('must not be empty')),
  action: v.optional(v.string('must be a string'), ''),
  date_created: v.optional(v.nullable(v.string('must be a string'))),
  user_id: v.optional(v.nullable(idSchema)),
  api_version: v.optional(v.nullable(v.string('must be a string'))),
  data: v.looseObject({ id: idSchema }, 'must be an object with an id'),
});

const dateOf = (text: string | null | undefined): Date | null => {
  if (text === null || text === undefined) return null;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : new Date(ms);
};

/**
 * Reads a notification body (the JSON Mercado Pago POSTs, already parsed) into a
 * {@link Notification}. Unknown fields are ignored; never throws. Parse only what
 * `verifyWebhookSignature` accepted.
 *
 * Returns the notification, or a `NotificationParseError` naming the field (`"data.id"`).
 */
export const parseNotification = (json: unknown): Result<Notification, NotificationParseError> => {
  if (Array.isArray(json) || typeof json !== 'object' || json === null) {
    return err(notificationParseError({ path: '', message: 'a notification is a JSON object' }));
  }
  const parsed = v.safeParse(notificationSchema, json);
  if (!parsed.success) return err(notificationParseError(firstIssue(parsed.issues)));
  const wire = parsed.output;
  return ok({
    id: wire.id,
    liveMode: wire.live_mode,
    type: wire.type,
    action: wire.action,
    dateCreated: dateOf(wire.date_created),
    userId: wire.user_id ?? null,
    apiVersion: wire.api_version ?? null,
    dataId: wire.data.id,
  });
};

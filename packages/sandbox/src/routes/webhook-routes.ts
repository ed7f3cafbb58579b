import type { MemoryGateway } from '@reembolso/adapter-memory';
import { badRequest } from '@reembolso/core';
import { errAsync, ok, okAsync, safeTry } from 'neverthrow';
import * as v from 'valibot';
import { routeNotFound } from '../errors.js';
import { readJsonObject } from '../http/read-json-body.js';
import { createdReply, okReply } from '../http/reply.js';
import { parseBody } from '../payments/parse-body.js';
import { wireDeliveryOf } from '../webhooks/delivery.js';
import type { Notifier } from '../webhooks/notifier.js';
import { attachNotifier, notifierOf } from '../webhooks/notifier-registry.js';
import { webhookUrlOf } from '../webhooks/webhook-url.js';
import type { Route } from './route.js';

// Every account the routes reach has one (the accounts attach it); a bare gateway gets a silent one.
const notifierFor = (gateway: MemoryGateway): Notifier =>
  notifierOf(gateway) ?? attachNotifier(gateway, undefined, undefined);

const endpointReply = (notifier: Notifier) => okReply({ url: notifier.endpoint().url });

/** `GET /sandbox/webhooks`: the account's webhook URL, `{ url }` (the secret is never answered), 200. */
export const getWebhookRoute: Route = {
  method: 'GET',
  path: '/sandbox/webhooks',
  handle: ({ gateway }) => okAsync(endpointReply(notifierFor(gateway))),
};

const endpointSchema = v.looseObject({
  url: v.nullable(v.unknown()),
  secret: v.optional(
    v.pipe(
      v.string('secret must be a string'),
      v.minLength(1, 'secret must not be empty'),
      v.maxLength(256, 'secret takes at most 256 characters'),
    ),
  ),
});

/**
 * `PUT /sandbox/webhooks` with `{ "url": "https://…", "secret": "…" }`: where the account's
 * notifications go and the secret they are signed with (kept when absent); `url: null` stops
 * them (a payment's `notification_url` still wins). Answers `{ url }`, 200.
 */
export const setWebhookRoute: Route = {
  method: 'PUT',
  path: '/sandbox/webhooks',
  handle: ({ request, gateway }) =>
    safeTry(async function* () {
      const body = yield* readJsonObject(request);
      const input = yield* parseBody(endpointSchema, body);
      const url = input.url === null ? null : yield* webhookUrlOf('url', input.url);
      const notifier = notifierFor(gateway);
      notifier.setEndpoint({ url, secret: input.secret ?? notifier.endpoint().secret });
      return ok(endpointReply(notifier));
    }),
};

/**
 * `GET /sandbox/webhooks/deliveries`: every delivery the account keeps, oldest first, each with
 * its attempts (instant, status, error, latency), status and next attempt, 200.
 */
export const listDeliveriesRoute: Route = {
  method: 'GET',
  path: '/sandbox/webhooks/deliveries',
  handle: ({ gateway }) => okAsync(okReply(notifierFor(gateway).deliveries().map(wireDeliveryOf))),
};

/**
 * `POST /sandbox/webhooks/deliveries/{id}/replay`: sends that delivery's notification again now,
 * newly signed, as a new delivery; answers it, 201. An unknown delivery → 404.
 */
export const replayDeliveryRoute: Route = {
  method: 'POST',
  path: '/sandbox/webhooks/deliveries/:id/replay',
  handle: ({ params, gateway }) => {
    const id = params.id ?? '';
    if (!/^\d{1,15}$/.test(id)) {
      return errAsync(badRequest('the delivery id is not decimal digits'));
    }
    const replayed = notifierFor(gateway).replay(id);
    if (replayed === undefined) return errAsync(routeNotFound('no delivery with that id'));
    return okAsync(createdReply(wireDeliveryOf(replayed)));
  },
};

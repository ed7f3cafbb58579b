import fc from 'fast-check';
import { matchRequestUrl } from 'msw';
import { describe, expect, it } from 'vitest';
import { SANDBOX_ROUTES } from '../src/routes/all-routes.js';
import { createRouteMatcher } from '../src/routes/match-route.js';

const matchRoute = createRouteMatcher(SANDBOX_ROUTES);

// What the msw handlers on a base URL would pick: the first route of the method that matches.
const mswMatch = (method: string, pathname: string) => {
  for (const route of SANDBOX_ROUTES) {
    if (route.method !== method) continue;
    const found = matchRequestUrl(
      new URL(`http://sandbox.test${pathname}`),
      `http://sandbox.test${route.path}`,
    );
    if (found.matches) return { path: route.path, params: found.params };
  }
  return undefined;
};

describe('the server route matcher', () => {
  it('finds the refund route and decodes its parameters', () => {
    const found = matchRoute('GET', '/v1/payments/123/refunds/456');
    expect(found?.route.path).toBe('/v1/payments/:id/refunds/:refundId');
    expect(found?.params).toEqual({ id: '123', refundId: '456' });
  });

  it('tells methods apart on the same path', () => {
    expect(matchRoute('PUT', '/v1/payments/1')?.route.method).toBe('PUT');
    expect(matchRoute('DELETE', '/v1/payments/1')).toBeUndefined();
  });

  describe('properties', () => {
    const segment = fc.oneof(
      fc.constantFrom(
        'v1',
        'payments',
        'refunds',
        'advanced_payments',
        'sandbox',
        'clock',
        'state',
      ),
      fc.stringMatching(/^[0-9a-z._~-]{1,8}$/),
      // Well-formed escapes only: the server refuses a malformed one before any matching.
      fc.constantFrom('%20', '%2F', '12%33', 'a%C3%B1'),
    );
    const path = fc
      .tuple(fc.array(segment, { minLength: 1, maxLength: 5 }), fc.boolean())
      .map(([parts, slash]) => `/${parts.join('/')}${slash ? '/' : ''}`);

    it('picks the route msw would pick, with the same parameters, for any path', () => {
      fc.assert(
        fc.property(fc.constantFrom('GET', 'POST', 'PUT'), path, (method, pathname) => {
          // The server matches the pathname of the request's URL, dot segments resolved.
          const ours = matchRoute(method, new URL(`http://sandbox.test${pathname}`).pathname);
          const theirs = mswMatch(method, pathname);
          expect(ours && { path: ours.route.path, params: ours.params }).toEqual(theirs);
        }),
        { numRuns: 2_000 },
      );
    });
  });
});

import type { Route } from './route.js';

/** A route found for a request, with its path parameters percent-decoded. */
export interface RouteMatch {
  readonly route: Route;
  readonly params: Readonly<Record<string, string>>;
}

/** Finds the route that answers a method and path, or `undefined`. */
export type RouteMatcher = (method: string, pathname: string) => RouteMatch | undefined;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// `/v1/payments/:id` → /^\/v1\/payments\/([^/]+)\/?$/ with the names beside it, as msw reads
// its patterns: literal segments, `:name` for one segment, an optional trailing slash.
const compile = (path: string): { readonly pattern: RegExp; readonly names: readonly string[] } => {
  const names: string[] = [];
  const source = path
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return escapeRegExp(segment);
      names.push(segment.slice(1));
      return '([^/]+)';
    })
    .join('/');
  return { pattern: new RegExp(`^${source}/?$`), names };
};

const decode = (segment: string): string | undefined => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
};

/**
 * Compiles the route table once into a matcher for the HTTP server, which so skips msw's
 * per-request handler machinery while answering through the very same routes. Parameters are
 * percent-decoded as msw decodes them; a segment that does not decode matches nothing.
 */
export const createRouteMatcher = (routes: readonly Route[]): RouteMatcher => {
  const compiled = routes.map((route) => ({ route, ...compile(route.path) }));
  return (method, pathname) => {
    for (const { route, pattern, names } of compiled) {
      if (route.method !== method) continue;
      const found = pattern.exec(pathname);
      if (!found) continue;
      const params: Record<string, string> = {};
      for (const [index, name] of names.entries()) {
        const value = decode(found[index + 1] ?? '');
        if (value === undefined) return undefined;
        params[name] = value;
      }
      return { route, params };
    }
    return undefined;
  };
};

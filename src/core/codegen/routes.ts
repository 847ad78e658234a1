/**
 * Turns a drawn operation ("POST /payments", "GET /orders/{id}", "charge card") into an HTTP route that
 * Fastify accepts and a URL the generated client can build. Only characters that mean nothing to a
 * router survive in literal segments; parameters become `:name` with identifier names.
 */
import { camelCase, kebabCase, NameScope } from './sanitize.ts';

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type Segment = { readonly kind: 'literal'; readonly text: string } | { readonly kind: 'param'; readonly name: string };

export interface Route {
  readonly method: HttpMethod;
  readonly segments: readonly Segment[];
  /** Fastify's route syntax: `/orders/:id`. */
  readonly path: string;
  /** Equal for routes a router would treat as the same (parameter names ignored). */
  readonly key: string;
}

/** Builds a route from a method and segments. */
export function makeRoute(method: HttpMethod, segments: readonly Segment[]): Route {
  const path = `/${segments.map((s) => (s.kind === 'literal' ? s.text : `:${s.name}`)).join('/')}`;
  const key = `${method} /${segments.map((s) => (s.kind === 'literal' ? s.text : ':')).join('/')}`;
  return { method, segments, path, key };
}

const METHOD_PREFIX = /^\s*(GET|POST|PUT|PATCH|DELETE)(?:\s+|$)/i;

/**
 * The route for a drawn operation. Without a method the operation is a name, called with POST at
 * `/<name>`; without any operation the call goes to `POST /`.
 */
export function parseOperation(operation: string | undefined): Route {
  const text = operation?.trim() ?? '';
  if (text === '') return makeRoute('POST', []);
  const match = METHOD_PREFIX.exec(text);
  if (!match) {
    if (text.startsWith('/')) return makeRoute('POST', pathSegments(text));
    return makeRoute('POST', [{ kind: 'literal', text: kebabCase(text, 'call') }]);
  }
  const method = match[1]!.toUpperCase() as HttpMethod;
  const rest = text.slice(match[0].length).trim().split(/\s+/)[0] ?? '';
  return makeRoute(method, pathSegments(rest));
}

/** `/orders/{id}/items?x=1` → literal `orders`, param `id`, literal `items`. */
function pathSegments(path: string): Segment[] {
  const params = new NameScope([], '');
  const segments: Segment[] = [];
  for (const raw of path.replace(/[?#].*$/, '').split('/')) {
    const param = /^(?::|\{)(.*?)\}?$/.exec(raw);
    if (param && raw !== '') {
      segments.push({ kind: 'param', name: params.claim(camelCase(param[1] ?? '', 'param')) });
      continue;
    }
    // Unreserved URL characters only; a segment of dots would be resolved away by URL parsing.
    const text = raw.replace(/[^A-Za-z0-9._~-]+/g, '-').replace(/^-+|-+$/g, '');
    if (text !== '' && !/^\.+$/.test(text)) segments.push({ kind: 'literal', text });
  }
  return segments;
}

/** A method name for a route's client call: `GET /orders/:id` → `getOrdersById`. */
export function routeMethodName(route: Route): string {
  const literals = route.segments.filter((s) => s.kind === 'literal').map((s) => s.text);
  const params = route.segments.filter((s) => s.kind === 'param').map((s) => s.name);
  const text = [route.method, ...literals, ...(params.length > 0 ? ['by', ...params] : [])].join(' ');
  return camelCase(text, 'call');
}

/** The path of a saga step's endpoint on the service that performs it. */
export function sagaRoute(sagaSlug: string, action: string): Route {
  return makeRoute('POST', [
    { kind: 'literal', text: 'sagas' },
    { kind: 'literal', text: sagaSlug },
    { kind: 'literal', text: kebabCase(action, 'step') },
  ]);
}

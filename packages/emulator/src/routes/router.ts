import { miscRoutes } from './misc.js';
import { profileRoutes } from './profiles.js';
import { queueRoutes } from './queue-ops.js';
import type { Route } from './types.js';
import { updateReadRoutes } from './updates-read.js';
import { updateWriteRoutes } from './updates-write.js';
import { userRoutes } from './user.js';

/** The token endpoint lives under /1 too, but is served by the OAuth module. */
export const TOKEN_PATH = 'oauth2/token';

export const API_ROUTES: readonly Route[] = [
  ...userRoutes,
  ...profileRoutes,
  ...updateReadRoutes,
  ...updateWriteRoutes,
  ...queueRoutes,
  ...miscRoutes,
];

export type Resolution =
  | { kind: 'token' }
  | { kind: 'route'; route: Route; params: Record<string, string> }
  | { kind: 'method'; allow: string[] }
  | { kind: 'format' }
  | { kind: 'none' };

/** A captured id, percent-decoded; a malformed escape is kept as sent (it then names no profile or update). */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function matchPath(pattern: string, segments: readonly string[]): Record<string, string> | undefined {
  const parts = pattern.split('/');
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, part] of parts.entries()) {
    const segment = segments[i] ?? '';
    if (part.startsWith(':')) {
      if (segment === '') return undefined;
      params[part.slice(1)] = decodeSegment(segment);
    } else if (part !== segment) return undefined;
  }
  return params;
}

/**
 * Resolves a path below /1 (e.g. `profiles/abc/updates/pending.json`): a route, or why not —
 * another method (405), another format suffix than `.json` (406/1005), or nothing (404).
 */
export function resolve(method: string, path: string): Resolution {
  const segments = path.split('/');
  const last = segments.at(-1) ?? '';
  const dot = last.lastIndexOf('.');
  const format = dot >= 0 ? last.slice(dot + 1) : '';
  segments[segments.length - 1] = dot >= 0 ? last.slice(0, dot) : last;
  const candidates: Array<{ method: string; run: () => Resolution }> = [];
  if (matchPath(TOKEN_PATH, segments)) candidates.push({ method: 'POST', run: () => ({ kind: 'token' }) });
  // A literal path beats a capture: GET /updates/create.json is a wrong method, not update "create".
  const literal = API_ROUTES.filter((r) => !r.path.includes(':') && matchPath(r.path, segments));
  const routes = literal.length > 0 ? literal : API_ROUTES;
  for (const route of routes) {
    const params = matchPath(route.path, segments);
    if (params) candidates.push({ method: route.method, run: () => ({ kind: 'route', route, params }) });
  }
  if (candidates.length === 0) return { kind: 'none' };
  if (format !== 'json') return { kind: 'format' };
  const hit = candidates.find((c) => c.method === method);
  if (hit) return hit.run();
  return { kind: 'method', allow: [...new Set(candidates.map((c) => c.method))] };
}

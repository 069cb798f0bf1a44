import { bufferError } from '../errors.js';
import { requiredString } from '../params.js';
import type { Route } from './types.js';

/** Compares URLs the way the share counter does: `www.` stripped, other subdomains kept, scheme ignored. */
export function normaliseShareUrl(raw: string): string | undefined {
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return `${url.hostname.replace(/^www\./, '')}${url.pathname.replace(/\/$/, '')}${url.search}`;
  } catch {
    return undefined;
  }
}

export const miscRoutes: Route[] = [
  {
    method: 'GET',
    path: 'links/shares',
    params: ['url'],
    auth: 'optional',
    handle(ctx) {
      const target = normaliseShareUrl(requiredString(ctx.params, 'url'));
      if (target === undefined) throw bufferError(1006, 'Parameter url must be an absolute http(s) URL.');
      let shares = 0;
      for (const update of ctx.store.updates.values()) {
        const urls = [...update.text.matchAll(/https?:\/\/[^\s<>"']+/g)].map((m) => m[0]);
        if (update.media?.link) urls.push(update.media.link);
        if (urls.some((u) => normaliseShareUrl(u) === target)) shares += 1;
      }
      return { body: { shares } };
    },
  },
  {
    method: 'GET',
    path: 'info/configuration',
    params: [],
    auth: 'required',
    handle: (ctx) => ({ body: structuredClone(ctx.configuration) }),
  },
];

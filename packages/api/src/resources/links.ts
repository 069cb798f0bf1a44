import { type CallOptions, parseCallOptions } from '../call-options.js';
import type { Endpoint } from '../http/api-request.js';
import type { Sender } from '../http/send.js';
import { LinkSharesSchema } from '../schemas/common.js';
import { LinkSharesInput } from '../schemas/inputs.js';
import type { LinkShares } from '../types.js';
import { parseInput } from '../validate.js';

export function linkSharesRequest(url: string): Endpoint<LinkShares> {
  const checked = parseInput(LinkSharesInput, url, 'links.shares', 'url');
  return {
    request: {
      operation: 'links.shares',
      method: 'GET',
      path: '/links/shares.json',
      query: { url: checked },
    },
    schema: LinkSharesSchema,
  };
}

export interface LinksApi {
  /** How many times `url` was shared through Buffer. */
  shares(url: string, options?: CallOptions): Promise<LinkShares>;
}

export function createLinksApi(send: Sender): LinksApi {
  return {
    shares: async (url, options) => send(linkSharesRequest(url), parseCallOptions(options, 'links.shares')),
  };
}

import { renderUser } from '../render/json.js';
import { requireUser } from './access.js';
import type { Route } from './types.js';

export const userRoutes: Route[] = [
  {
    method: 'GET',
    path: 'user',
    params: [],
    auth: 'required',
    handle: (ctx) => ({ body: renderUser(requireUser(ctx)) }),
  },
  {
    method: 'POST',
    path: 'user/deauthorize',
    params: [],
    auth: 'required',
    handle(ctx) {
      const user = requireUser(ctx);
      // Revokes this client's access for the user: every token of that pair stops working.
      for (const token of ctx.store.tokens.values())
        if (token.userId === user.id && token.clientId === ctx.clientId) token.revoked = true;
      return { body: { success: true, message: 'Access successfully revoked!' } };
    },
  },
];

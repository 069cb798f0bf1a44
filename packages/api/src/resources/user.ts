import { type CallOptions, parseCallOptions } from '../call-options.js';
import type { Endpoint } from '../http/api-request.js';
import type { Sender } from '../http/send.js';
import { SuccessSchema } from '../schemas/common.js';
import { UserSchema } from '../schemas/user.js';
import type { Success, User } from '../types.js';

export function getUserRequest(): Endpoint<User> {
  return { request: { operation: 'user.get', method: 'GET', path: '/user.json' }, schema: UserSchema };
}

export function deauthorizeRequest(): Endpoint<Success> {
  return {
    request: { operation: 'user.deauthorize', method: 'POST', path: '/user/deauthorize.json' },
    schema: SuccessSchema,
  };
}

export interface UserApi {
  /** The user who authorised this token. */
  get(options?: CallOptions): Promise<User>;
  /** Revokes this app's access for the user; the token stops working. */
  deauthorize(options?: CallOptions): Promise<Success>;
}

export function createUserApi(send: Sender): UserApi {
  return {
    get: async (options) => send(getUserRequest(), parseCallOptions(options, 'user.get')),
    deauthorize: async (options) => send(deauthorizeRequest(), parseCallOptions(options, 'user.deauthorize')),
  };
}

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
  get(): Promise<User>;
  /** Revokes this app's access for the user; the token stops working. */
  deauthorize(): Promise<Success>;
}

export function createUserApi(send: Sender): UserApi {
  return {
    get: () => send(getUserRequest()),
    deauthorize: () => send(deauthorizeRequest()),
  };
}

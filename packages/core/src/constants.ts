/** Buffer's authorize endpoint; note the host is `bufferapp.com`, not `api.bufferapp.com`. */
export const AUTHORIZE_URL = 'https://bufferapp.com/oauth2/authorize';
export const TOKEN_URL = 'https://api.bufferapp.com/1/oauth2/token.json';
export const API_BASE_URL = 'https://api.bufferapp.com/1';
/** Buffer's authorization codes expire this many milliseconds after they are issued. */
export const CODE_LIFETIME_MS = 30_000;

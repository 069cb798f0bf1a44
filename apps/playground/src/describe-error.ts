import {
  BufferApiError,
  BufferValidationError,
  NetworkError,
  OAuthCallbackError,
  OAuthError,
  RateLimitError,
  TimeoutError,
} from '@bufferkit/api';

export interface ErrorDescription {
  title: string;
  /** Plain words: what happened and what to do. */
  detail: string;
  /** Buffer's numeric code, or OAuth's error string. */
  code?: string;
  /** Buffer rejected the access token: the session's connection is no longer usable. */
  tokenRejected?: boolean;
}

const OAUTH_WORDS: Record<string, { title: string; detail: string }> = {
  access_denied: {
    title: 'You did not connect Buffer',
    detail: 'Buffer reports that access was denied, so nothing was connected. You can try again at any time.',
  },
  state_mismatch: {
    title: 'This sign-in did not start here',
    detail:
      'The answer from Buffer does not belong to a sign-in started in this browser session (its state does not match), so it was ignored for your safety. Nothing was connected.',
  },
  missing_state: {
    title: 'This sign-in did not start here',
    detail:
      'The answer from Buffer carries no state, so it cannot be matched to a sign-in started in this browser. Nothing was connected.',
  },
  missing_code: {
    title: 'Buffer sent no authorization code',
    detail: 'The answer from Buffer carries neither a code nor an error, so there is nothing to exchange.',
  },
  invalid_grant: {
    title: 'The sign-in code is no longer valid',
    detail:
      'Buffer refused the authorization code: it has expired (codes last 30 seconds) or was already used. Start the connection again.',
  },
  invalid_client: {
    title: 'Buffer does not recognise this app',
    detail: "Buffer refused the app's client id or secret. Check BUFFER_CLIENT_ID and BUFFER_CLIENT_SECRET.",
  },
  redirect_uri_mismatch: {
    title: 'The callback address does not match',
    detail: 'The redirect URI is not the one registered for this app in Buffer. Check BUFFER_REDIRECT_URI.',
  },
};

export function oauthWords(
  error: string,
  description: string | undefined,
): { title: string; detail: string } {
  const known = OAUTH_WORDS[error];
  if (known) return known;
  return {
    title: 'Connecting to Buffer failed',
    detail: description ? `Buffer said: ${description}` : 'Buffer did not give a reason.',
  };
}

/** Turns anything the SDK throws into words for a person, keeping the provider's own code. */
export function describeError(error: unknown): ErrorDescription {
  if (error instanceof BufferApiError) {
    // Buffer's own sentence is often friendlier than the table's meaning; show both when they differ.
    const said = error.serverMessage?.trim();
    const meaning = error.meaning?.trim();
    const detail = said
      ? `Buffer said: ${said}${meaning && meaning !== said ? ` (${meaning})` : ''}`
      : (meaning ?? `Buffer answered with HTTP status ${error.status}.`);
    return {
      title: 'Buffer refused the request',
      detail,
      code: error.code === undefined ? `HTTP ${error.status}` : String(error.code),
      tokenRejected: error.status === 401 || error.code === 401 || error.code === 1001,
    };
  }
  if (error instanceof RateLimitError) {
    const seconds = error.retryAfterMs === undefined ? undefined : Math.ceil(error.retryAfterMs / 1000);
    return {
      title: 'Too many requests',
      detail: `Buffer allows 60 requests a minute per user and that limit was reached. ${
        seconds === undefined ? 'Wait a minute' : `Wait ${seconds} s`
      } and try again.`,
      code: '429',
    };
  }
  if (error instanceof OAuthCallbackError) {
    return { ...oauthWords(error.error, error.description), code: error.error };
  }
  if (error instanceof OAuthError) {
    return { ...oauthWords(error.error, error.description), code: error.error };
  }
  if (error instanceof TimeoutError) {
    return {
      title: 'Buffer did not answer in time',
      detail: 'The request timed out. Try again in a moment.',
    };
  }
  if (error instanceof NetworkError) {
    return {
      title: 'Could not reach Buffer',
      detail: error.mayHaveReachedServer
        ? 'The connection broke after the request was sent; check the queue before trying again, it may have been applied.'
        : 'The request could not be sent. Check the network and try again.',
    };
  }
  if (error instanceof BufferValidationError) {
    return { title: 'Something does not fit what Buffer expects', detail: error.message };
  }
  return { title: 'Something went wrong', detail: 'An unexpected error happened on the playground server.' };
}

/** One line for the flash message: detail plus code. */
export function flashText(error: unknown): string {
  const described = describeError(error);
  return described.code === undefined
    ? described.detail
    : `${described.detail} [Buffer error ${described.code}]`;
}

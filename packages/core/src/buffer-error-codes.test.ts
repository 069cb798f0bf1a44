import { describe, expect, it } from 'vitest';
import { BUFFER_ERROR, BUFFER_ERROR_CODES, describeBufferError } from './buffer-error-codes.js';
import { API_BASE_URL, AUTHORIZE_URL, CODE_LIFETIME_MS, TOKEN_URL } from './constants.js';

describe('constants', () => {
  it('point at Buffer’s endpoints', () => {
    expect(AUTHORIZE_URL).toBe('https://bufferapp.com/oauth2/authorize');
    expect(TOKEN_URL).toBe('https://api.bufferapp.com/1/oauth2/token.json');
    expect(API_BASE_URL).toBe('https://api.bufferapp.com/1');
    expect(CODE_LIFETIME_MS).toBe(30_000);
  });
});

describe('Buffer error codes (reference §4.2)', () => {
  it('hold the whole table: code → HTTP status → meaning', () => {
    const rows = Object.entries(BUFFER_ERROR_CODES).map(
      ([code, { status, message }]) => `${status} ${code} ${message}`,
    );
    expect(rows).toEqual([
      '401 401 Unauthorized.',
      '403 403 Permission denied.',
      '404 404 Endpoint not found.',
      '405 405 Method not allowed.',
      '429 429 Too Many Requests.',
      '500 1000 An unknown error occurred.',
      '403 1001 Access token required.',
      '403 1002 Not within application scope.',
      '400 1003 Parameter not recognized.',
      '400 1004 Required parameter missing.',
      '406 1005 Unsupported response format.',
      '400 1006 Parameter value not within bounds.',
      '404 1010 Profile could not be found.',
      '403 1011 No authorization to access profile.',
      '400 1012 Profile did not save successfully.',
      '403 1013 Profile schedule limit reached.',
      '403 1014 Profile limit for user has been reached.',
      '403 1015 Profile could not be destroyed.',
      '400 1016 Profile buffer could not be emptied.',
      '404 1020 Update could not be found.',
      '403 1021 No authorization to access update.',
      '400 1022 Update did not save successfully.',
      '403 1023 Update limit for profile has been reached.',
      '403 1024 Update limit for team profile has been reached.',
      "400 1025 Update was recently posted, can't post duplicate content.",
      '400 1026 Update must be in error status to requeue.',
      '400 1027 Update must be in buffer and not custom scheduled in order to move to top.',
      '403 1028 Update soft limit for profile reached.',
      '400 1029 Event type not supported.',
      '400 1030 Media filetype not supported.',
      '400 1031 Media filesize out of acceptable range.',
      '400 1032 Unable to post image to LinkedIn group(s).',
      '400 1033 Comments can only be posted to Facebook at this time.',
      '400 1034 Cannot schedule updates in the past.',
      '400 1042 User did not save successfully.',
      '404 1050 Client could not be found.',
      '403 1051 No authorization to access client.',
    ]);
  });

  it('describeBufferError looks a code up, and knows nothing of unlisted codes', () => {
    expect(describeBufferError(1025)).toEqual({
      code: 1025,
      status: 400,
      message: "Update was recently posted, can't post duplicate content.",
    });
    expect(describeBufferError(1001)).toEqual({ code: 1001, status: 403, message: 'Access token required.' });
    expect(describeBufferError(9999)).toBeUndefined();
    expect(describeBufferError(Number.NaN)).toBeUndefined();
  });

  it('names every code exactly once', () => {
    const named = Object.values(BUFFER_ERROR).sort((a, b) => a - b);
    expect(named).toEqual(Object.keys(BUFFER_ERROR_CODES).map(Number));
    expect(BUFFER_ERROR.duplicateUpdate).toBe(1025);
  });
});

export interface BufferErrorCodeInfo {
  readonly status: number;
  readonly message: string;
}

/**
 * Buffer's error codes (reference §4.2): code → HTTP status → meaning. The official errors page is gone;
 * this table is the one two independent sources agree on. 401 and 429 come from one client only.
 * Buffer's `message` in a real error body is often a friendlier sentence; key on `code`.
 */
export const BUFFER_ERROR_CODES = {
  401: { status: 401, message: 'Unauthorized.' },
  403: { status: 403, message: 'Permission denied.' },
  404: { status: 404, message: 'Endpoint not found.' },
  405: { status: 405, message: 'Method not allowed.' },
  429: { status: 429, message: 'Too Many Requests.' },
  1000: { status: 500, message: 'An unknown error occurred.' },
  1001: { status: 403, message: 'Access token required.' },
  1002: { status: 403, message: 'Not within application scope.' },
  1003: { status: 400, message: 'Parameter not recognized.' },
  1004: { status: 400, message: 'Required parameter missing.' },
  1005: { status: 406, message: 'Unsupported response format.' },
  1006: { status: 400, message: 'Parameter value not within bounds.' },
  1010: { status: 404, message: 'Profile could not be found.' },
  1011: { status: 403, message: 'No authorization to access profile.' },
  1012: { status: 400, message: 'Profile did not save successfully.' },
  1013: { status: 403, message: 'Profile schedule limit reached.' },
  1014: { status: 403, message: 'Profile limit for user has been reached.' },
  1015: { status: 403, message: 'Profile could not be destroyed.' },
  1016: { status: 400, message: 'Profile buffer could not be emptied.' },
  1020: { status: 404, message: 'Update could not be found.' },
  1021: { status: 403, message: 'No authorization to access update.' },
  1022: { status: 400, message: 'Update did not save successfully.' },
  1023: { status: 403, message: 'Update limit for profile has been reached.' },
  1024: { status: 403, message: 'Update limit for team profile has been reached.' },
  1025: { status: 400, message: "Update was recently posted, can't post duplicate content." },
  1026: { status: 400, message: 'Update must be in error status to requeue.' },
  1027: {
    status: 400,
    message: 'Update must be in buffer and not custom scheduled in order to move to top.',
  },
  1028: { status: 403, message: 'Update soft limit for profile reached.' },
  1029: { status: 400, message: 'Event type not supported.' },
  1030: { status: 400, message: 'Media filetype not supported.' },
  1031: { status: 400, message: 'Media filesize out of acceptable range.' },
  1032: { status: 400, message: 'Unable to post image to LinkedIn group(s).' },
  1033: { status: 400, message: 'Comments can only be posted to Facebook at this time.' },
  1034: { status: 400, message: 'Cannot schedule updates in the past.' },
  1042: { status: 400, message: 'User did not save successfully.' },
  1050: { status: 404, message: 'Client could not be found.' },
  1051: { status: 403, message: 'No authorization to access client.' },
} as const satisfies { readonly [code: number]: BufferErrorCodeInfo };

export type BufferErrorCode = keyof typeof BUFFER_ERROR_CODES;

/** Named constants for the codes callers branch on most. */
export const BUFFER_ERROR = {
  unauthorized: 401,
  permissionDenied: 403,
  endpointNotFound: 404,
  methodNotAllowed: 405,
  tooManyRequests: 429,
  unknownError: 1000,
  accessTokenRequired: 1001,
  notWithinApplicationScope: 1002,
  parameterNotRecognized: 1003,
  requiredParameterMissing: 1004,
  unsupportedResponseFormat: 1005,
  parameterOutOfBounds: 1006,
  profileNotFound: 1010,
  noAccessToProfile: 1011,
  profileNotSaved: 1012,
  profileScheduleLimit: 1013,
  profileLimit: 1014,
  profileNotDestroyed: 1015,
  profileBufferNotEmptied: 1016,
  updateNotFound: 1020,
  noAccessToUpdate: 1021,
  updateNotSaved: 1022,
  updateLimit: 1023,
  teamUpdateLimit: 1024,
  duplicateUpdate: 1025,
  requeueRequiresError: 1026,
  moveToTopNotAllowed: 1027,
  updateSoftLimit: 1028,
  eventTypeNotSupported: 1029,
  mediaFiletypeNotSupported: 1030,
  mediaFilesizeOutOfRange: 1031,
  linkedInGroupImageFailed: 1032,
  commentsOnlyOnFacebook: 1033,
  scheduledInPast: 1034,
  userNotSaved: 1042,
  clientNotFound: 1050,
  noAccessToClient: 1051,
} as const satisfies { readonly [name: string]: BufferErrorCode };

/** Looks up a Buffer error code; `undefined` for a code not in the table. */
export function describeBufferError(
  code: number,
): { code: number; status: number; message: string } | undefined {
  if (!Object.hasOwn(BUFFER_ERROR_CODES, code)) return undefined;
  const info = (BUFFER_ERROR_CODES as { readonly [code: number]: BufferErrorCodeInfo })[code];
  return info ? { code, status: info.status, message: info.message } : undefined;
}

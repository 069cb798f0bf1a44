// Buffer's error table (reference §4.2): code -> HTTP status and message.
export const BUFFER_ERRORS = {
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
} as const satisfies Record<number, { status: number; message: string }>;

export type BufferErrorCode = keyof typeof BUFFER_ERRORS;

/** The friendly sentence Buffer really sends for a duplicate (observed body, reference §4.1). */
export const DUPLICATE_MESSAGE =
  "Whoops, it looks like you've posted that one recently. Unfortunately, we're not able to post the same thing again so soon!";

export interface BufferErrorBody {
  success: false;
  code: number;
  message: string;
}

/** Thrown inside handlers; the dispatcher turns it into Buffer's error response. */
export class BufferError extends Error {
  readonly code: BufferErrorCode;
  readonly status: number;
  constructor(code: BufferErrorCode, message?: string) {
    super(message ?? BUFFER_ERRORS[code].message);
    this.name = 'BufferError';
    this.code = code;
    this.status = BUFFER_ERRORS[code].status;
  }
  get body(): BufferErrorBody {
    return { success: false, code: this.code, message: this.message };
  }
}

export function bufferError(code: BufferErrorCode, message?: string): BufferError {
  return new BufferError(code, message);
}

/** One HTTP request, exactly as it goes on the wire: the body is sent byte for byte, never re-serialised. */
export interface HttpRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
  /** Marks a non-GET/HEAD request as safe to resend (or a GET as unsafe with `false`). */
  idempotent?: boolean;
}

/** Any answer from the server, whatever its status: a non-2xx status is a response, not an exception. */
export interface HttpResponse {
  status: number;
  headers: Headers;
  text: string;
}

export type Transport = (request: HttpRequest) => Promise<HttpResponse>;

export type Middleware = (next: Transport) => Transport;

import type { ApiErrorBody } from '@creditplus/shared';

/** Codes the client makes up itself when no server answer arrived. */
export const NETWORK_ERROR = 'network_error';
export const BAD_RESPONSE = 'bad_response';

/** A failed API call, carrying the server's stable code. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId?: string,
    /** What the server added to explain the refusal, as it sent it. */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /**
   * True when the same request may succeed if sent again: no answer came,
   * or the server failed. A 4xx is an answer and will not change.
   */
  get retryable(): boolean {
    return this.status === 0 || this.status >= 500;
  }
}

export function isApiErrorBody(body: unknown): body is ApiErrorBody {
  if (typeof body !== 'object' || body === null) return false;
  const error = (body as { error?: unknown }).error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

/** Builds the ApiError for a non-2xx answer, whatever its body. */
export function apiErrorFrom(status: number, body: unknown): ApiError {
  if (isApiErrorBody(body)) {
    const { code, message, requestId, details } = body.error;
    return new ApiError(status, code, message, requestId, details);
  }
  return new ApiError(status, BAD_RESPONSE, `服务器返回异常（${status}）`);
}

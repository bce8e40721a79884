/** The error envelope's `error`: a stable code, the pt-BR message for the person in the store, details. */
export interface ErrorBody {
  code: string;
  message: string;
  details: unknown;
}

/**
 * A refused API call. Branch on `code` (stable) and, for validation, on `details[].path`; show
 * `message` (pt-BR, from the store's message catalog) to the person at the screen.
 */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details: unknown;
  /** The request id to quote when reporting the problem (the appliance logs it). */
  readonly requestId: string | null;

  constructor(status: number, error: ErrorBody, requestId: string | null) {
    super(error.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = error.code;
    this.details = error.details;
    this.requestId = requestId;
  }

  /** From a failed response and its parsed body; anything that is not the envelope (a proxy's page) still becomes an ApiError. */
  static from(response: Response, body: unknown): ApiError {
    const envelope = body as { error?: Partial<ErrorBody> } | null | undefined;
    const error = envelope?.error;
    const requestId = response.headers.get('x-request-id');
    if (error && typeof error.code === 'string' && typeof error.message === 'string') {
      return new ApiError(response.status, { code: error.code, message: error.message, details: error.details ?? null }, requestId);
    }
    return new ApiError(response.status, { code: 'UNEXPECTED_RESPONSE', message: `Resposta inesperada do servidor (HTTP ${response.status}).`, details: null }, requestId);
  }
}

import { AppError } from '../../kernel/errors.js';

/** A fiscal operation the caller can act on; surfaces through the kernel's error envelope. */
export class FiscalOperationError extends AppError {
  constructor(code: string, status: 400 | 404 | 409 | 422 | 502 | 503, details?: unknown, text: { messageKey?: string; params?: Record<string, string | number> } = {}) {
    super(code, status, text.messageKey ?? code, details, text.params);
  }
}

import { CommonErrorCode, type ErrorCode } from './error-codes';

export interface FieldError {
  field: string;
  rule: string;
  message?: string;
}

/** An error a client may see: a registered stable code plus safe, structured details. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details: Record<string, unknown> = {},
    message?: string,
  ) {
    super(message ?? code);
    this.name = 'AppError';
  }

  static badInput(fields: FieldError[], message = 'Invalid input'): AppError {
    return new AppError(CommonErrorCode.BAD_USER_INPUT, { fields }, message);
  }
  static notFound(what = 'resource'): AppError {
    return new AppError(CommonErrorCode.NOT_FOUND, {}, `${what} not found`);
  }
  static forbidden(): AppError {
    return new AppError(CommonErrorCode.FORBIDDEN, {}, 'Not allowed');
  }
  static unauthenticated(): AppError {
    return new AppError(CommonErrorCode.UNAUTHENTICATED, {}, 'Sign in required');
  }
}

import type { ErrorCode } from '@pillars/shared/types';

export interface FieldError {
  field: string;
  rule: string;
  message?: string;
}

/** An error a client may see: a stable code plus safe, structured details. */
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
    return new AppError('BAD_USER_INPUT', { fields }, message);
  }
  static notFound(what = 'resource'): AppError {
    return new AppError('NOT_FOUND', {}, `${what} not found`);
  }
  static forbidden(): AppError {
    return new AppError('FORBIDDEN', {}, 'Not allowed');
  }
  static unauthenticated(): AppError {
    return new AppError('UNAUTHENTICATED', {}, 'Sign in required');
  }
}

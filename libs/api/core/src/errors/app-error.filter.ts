import { ArgumentsHost, Catch, HttpException } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { AppError } from './app-error';

/**
 * Hands expected errors (AppError, HTTP exceptions such as validation) to GraphQL's formatError
 * untouched, so Nest does not log them as crashes. Unexpected errors still reach formatError,
 * which logs them with a reference.
 */
@Catch(AppError, HttpException)
export class AppErrorFilter implements GqlExceptionFilter {
  catch(exception: AppError | HttpException, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'graphql') throw exception;
    return exception;
  }
}

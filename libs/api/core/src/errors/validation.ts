import { ValidationError, ValidationPipe } from '@nestjs/common';
import { AppError, FieldError } from './app-error';

const flatten = (errors: ValidationError[], prefix = ''): FieldError[] =>
  errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own: FieldError[] = Object.keys(e.constraints ?? {}).map((rule) => ({ field, rule, message: e.constraints?.[rule] }));
    return own.concat(flatten(e.children ?? [], field));
  });

/** Global pipe: class-validator on every input; failures become BAD_USER_INPUT with the fields. */
export const createValidationPipe = () =>
  new ValidationPipe({
    whitelist: true,
    forbidUnknownValues: false,
    transform: true,
    exceptionFactory: (errors) => AppError.badInput(flatten(errors)),
  });

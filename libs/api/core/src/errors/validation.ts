import { type ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { hasForbiddenCharacter } from '@pillars/shared/validation';
import { AppError, FieldError } from './app-error';

const flatten = (errors: ValidationError[], prefix = ''): FieldError[] =>
  errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own: FieldError[] = Object.keys(e.constraints ?? {}).map((rule) => ({ field, rule, message: e.constraints?.[rule] }));
    return own.concat(flatten(e.children ?? [], field));
  });


/** The first string under `value` carrying NUL or a lone surrogate, with its dotted path. */
export function findForbiddenText(value: unknown, path: string, depth = 0): FieldError | null {
  if (typeof value === 'string') {
    const rule = hasForbiddenCharacter(value);
    return rule ? { field: path, rule, message: `${path} must not contain ${rule === 'nul' ? 'NUL' : 'lone surrogates'}` } : null;
  }
  if (value === null || typeof value !== 'object' || depth > 20) return null;
  for (const [key, child] of Object.entries(value)) {
    const found = findForbiddenText(child, path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * Global pipe: class-validator on every input; failures become BAD_USER_INPUT with the fields.
 * Before that, every GraphQL argument is searched for NUL and lone surrogates, which no text may
 * carry: an argument or input field that a later change leaves without a text decorator still
 * never reaches PostgreSQL with them (NUL would fail there as INTERNAL; a surrogate would be
 * silently replaced).
 */
/**
 * A whole-arguments object (`@Args() args`) holds every argument of the field, input objects
 * included: a path found inside one of those (`rules.include.0.location`) is named relative to
 * that input object (`include.0.location`), as when it is its own `@Args('rules')`.
 */
function relativeToInputObject<T extends { field: string }>(found: T, value: unknown, metadata: ArgumentMetadata): T {
  if (metadata.data !== undefined || typeof value !== 'object' || value === null) return found;
  const [head, ...rest] = found.field.split('.');
  const arg = (value as Record<string, unknown>)[head];
  return rest.length > 0 && typeof arg === 'object' && arg !== null && !Array.isArray(arg) ? { ...found, field: rest.join('.') } : found;
}

class HygienicValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // GraphQL arguments reach pipes as 'body'; parent, context and info as 'custom', and are not walked.
    if (metadata.type === 'body') {
      // Paths inside an input object are relative to it, as class-validator names them.
      const found = findForbiddenText(value, typeof value === 'object' ? '' : metadata.data ?? '');
      if (found) throw AppError.badInput([relativeToInputObject(found, value, metadata)]);
    }
    return super.transform(value, metadata);
  }
}

export const createValidationPipe = () =>
  new HygienicValidationPipe({
    whitelist: true,
    forbidUnknownValues: false,
    transform: true,
    exceptionFactory: (errors) => AppError.badInput(flatten(errors)),
  });

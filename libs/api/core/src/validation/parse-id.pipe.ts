import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { AppError } from '../errors/app-error';

/**
 * For `@Args('id', { type: () => ID }, ParseIdPipe)`: a malformed id is BAD_USER_INPUT naming the
 * argument with the same rule class-validator's `@IsUUID()` reports inside inputs.
 */
@Injectable()
export class ParseIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (typeof value === 'string' && isUUID(value)) return value;
    throw AppError.badInput([{ field: metadata.data ?? 'id', rule: 'isUuid', message: `${metadata.data ?? 'id'} must be a UUID` }]);
  }
}

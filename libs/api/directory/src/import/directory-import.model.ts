import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DirectoryImportErrorCode } from './directory-import.types';

registerEnumType(DirectoryImportErrorCode, { name: 'DirectoryImportErrorCode' });

@ObjectType('DirectoryImportRowError')
export class DirectoryImportRowErrorModel {
  @Field(() => Int, { description: 'Line in the file where the row starts; the header is line 1.' }) line!: number;
  @Field(() => String, { nullable: true, description: 'The column header (e.g. "manager email"), or null for the whole row.' }) column!: string | null;
  @Field(() => DirectoryImportErrorCode) code!: DirectoryImportErrorCode;
  @Field({ description: 'English detail for logs; show t(code) to people.' }) message!: string;
}

@ObjectType({ isAbstract: true })
class DirectoryImportCounts {
  @Field(() => Int, { description: 'Data rows in the file.' }) total!: number;
  @Field(() => Int) toCreate!: number;
  @Field(() => Int) toUpdate!: number;
  @Field(() => Int) unchanged!: number;
  @Field(() => Int) teamsToCreate!: number;
}

@ObjectType()
export class PreviewDirectoryImportPayload extends DirectoryImportCounts {
  @Field(() => Int, { description: 'All errors found; `errors` lists the first 1000.' }) errorCount!: number;
  @Field(() => [DirectoryImportRowErrorModel]) errors!: DirectoryImportRowErrorModel[];
}

@ObjectType()
export class ApplyDirectoryImportPayload extends DirectoryImportCounts {
  @Field(() => ID, { description: 'Id of the progress events ({ type: "DirectoryImport", id, version: rows processed }) sent to user:<you>.' })
  importId!: string;
}

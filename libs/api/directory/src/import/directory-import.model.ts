import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DirectoryImportErrorCode, DirectoryImportMode } from './directory-import.types';

registerEnumType(DirectoryImportErrorCode, { name: 'DirectoryImportErrorCode' });
registerEnumType(DirectoryImportMode, { name: 'DirectoryImportMode' });

@ObjectType('DirectoryImportRowError')
export class DirectoryImportRowErrorModel {
  @Field(() => Int, { description: 'Line in the file where the row starts; the header is line 1.' }) line!: number;
  @Field(() => String, { nullable: true, description: 'The column header (e.g. "manager email"), or null for the whole row.' }) column!: string | null;
  @Field(() => DirectoryImportErrorCode) code!: DirectoryImportErrorCode;
  @Field({ description: 'English detail for logs; show t(code) to people.' }) message!: string;
}

@ObjectType({ isAbstract: true })
class DirectoryImportReport {
  @Field(() => Int, { description: 'Data rows in the file.' }) total!: number;
  @Field(() => Int, { description: 'People added (valid rows only).' }) toCreate!: number;
  @Field(() => Int) toUpdate!: number;
  @Field(() => Int) unchanged!: number;
  @Field(() => Int) teamsToCreate!: number;
  @Field(() => [String], { description: 'Paths of the teams to create ("Engineering/Platform"), the first 50; `teamsToCreate` is the exact count.' }) newTeamPaths!: string[];
  @Field(() => Int, { description: 'Rows with at least one error: skipped by SKIP_REJECTED, blocking for ALL_OR_NOTHING.' }) rejectedRows!: number;
  @Field(() => Int, { description: 'All errors found; `errors` lists the first 1000.' }) errorCount!: number;
  @Field(() => [DirectoryImportRowErrorModel]) errors!: DirectoryImportRowErrorModel[];
  @Field(() => String, { nullable: true, description: 'Every rejected row as CSV: the file\'s columns, then "line" and "errors"; formula-like cells are prefixed with \'. Null when no row is rejected or the header is wrong.' })
  rejectedCsv!: string | null;
}

@ObjectType()
export class PreviewDirectoryImportPayload extends DirectoryImportReport {
  @Field(() => Int, { description: 'Teams one import may create (IMPORT_MAX_NEW_TEAMS); applying more fails with DIRECTORY_IMPORT_TOO_MANY_TEAMS.' })
  maxNewTeams!: number;
}

@ObjectType()
export class ApplyDirectoryImportPayload extends DirectoryImportReport {
  @Field(() => ID, { description: 'Id of the progress events ({ type: "DirectoryImport", id, version: rows processed }) sent to user:<you>.' })
  importId!: string;
  @Field(() => DirectoryImportMode) mode!: DirectoryImportMode;
}

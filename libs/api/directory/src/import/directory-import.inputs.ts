import { Field, ID, InputType } from '@nestjs/graphql';
import { MultiLineText } from '@pillars/api/core';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { DirectoryImportMode } from './directory-import.types';

@InputType()
export class PreviewDirectoryImportInput {
  // The byte limit (LIMITS.importBytes, rule maxBytes) is checked by the service: a character bound
  // here would answer first with a less precise rule.
  @Field({ description: 'CSV text, UTF-8, header row first: email, name, title, team path, manager email, location, locale, start date, roles.' })
  @MultiLineText()
  csv!: string;

  @Field(() => ID, { nullable: true, description: 'Chosen by the client to match progress events ({ type: "DirectoryImport", id, version: rows done }) before the mutation returns; apply generates one when absent, preview then sends none.' })
  @IsOptional()
  @IsUUID()
  importId?: string;
}

@InputType()
export class ApplyDirectoryImportInput extends PreviewDirectoryImportInput {
  @Field(() => DirectoryImportMode, { description: 'What to do with rejected rows: import nothing (ALL_OR_NOTHING) or import the valid rows and skip them (SKIP_REJECTED). No default: the admin chooses.' })
  @IsEnum(DirectoryImportMode)
  mode!: DirectoryImportMode;
}

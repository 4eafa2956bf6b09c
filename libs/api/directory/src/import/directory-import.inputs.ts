import { Field, ID, InputType } from '@nestjs/graphql';
import { MultiLineText } from '@pillars/api/core';
import { IsOptional, IsUUID } from 'class-validator';

@InputType()
export class PreviewDirectoryImportInput {
  // The byte limit (LIMITS.importBytes, rule maxBytes) is checked by the service: a character bound
  // here would answer first with a less precise rule.
  @Field({ description: 'CSV text, UTF-8, header row first: email, name, title, team path, manager email, location, locale, start date, roles.' })
  @MultiLineText()
  csv!: string;
}

@InputType()
export class ApplyDirectoryImportInput extends PreviewDirectoryImportInput {
  @Field(() => ID, { nullable: true, description: 'Chosen by the client to match progress events before the mutation returns; generated when absent.' })
  @IsOptional()
  @IsUUID()
  importId?: string;
}

import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID } from 'class-validator';

@InputType()
export class PreviewDirectoryImportInput {
  // The byte limit (LIMITS.importBytes) is checked by the service: MaxLength counts characters.
  @Field({ description: 'CSV text, UTF-8, header row first: email, name, title, team path, manager email, location, locale, start date, roles.' })
  @IsString()
  csv!: string;
}

@InputType()
export class ApplyDirectoryImportInput extends PreviewDirectoryImportInput {
  @Field(() => ID, { nullable: true, description: 'Chosen by the client to match progress events before the mutation returns; generated when absent.' })
  @IsOptional()
  @IsUUID()
  importId?: string;
}

import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@pillars/api/core';
import { ApplyDirectoryImportInput, PreviewDirectoryImportInput } from './directory-import.inputs';
import { ApplyDirectoryImportPayload, PreviewDirectoryImportPayload } from './directory-import.model';
import { DirectoryImportService } from './directory-import.service';

@Resolver()
export class DirectoryImportResolver {
  constructor(private readonly imports: DirectoryImportService) {}

  // A mutation although it writes nothing: as a query, Apollo would key its cache on the whole CSV.
  @Mutation(() => PreviewDirectoryImportPayload, { description: 'Dry run of a CSV directory import (admins): counts, teams to create, row errors and the rejected rows; nothing written.' })
  previewDirectoryImport(@CurrentActor() actor: Actor, @Args('input') input: PreviewDirectoryImportInput): Promise<PreviewDirectoryImportPayload> {
    return this.imports.previewDirectoryImport(actor, input);
  }

  @Mutation(() => ApplyDirectoryImportPayload, { description: 'Applies a CSV directory import in one transaction: with ALL_OR_NOTHING any rejected row fails it with DIRECTORY_IMPORT_INVALID, with SKIP_REJECTED the valid rows are written; more new teams than allowed fails with DIRECTORY_IMPORT_TOO_MANY_TEAMS.' })
  applyDirectoryImport(@CurrentActor() actor: Actor, @Args('input') input: ApplyDirectoryImportInput): Promise<ApplyDirectoryImportPayload> {
    return this.imports.applyDirectoryImport(actor, input);
  }
}

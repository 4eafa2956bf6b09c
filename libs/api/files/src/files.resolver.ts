import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, ParseIdPipe } from '@pillars/api/core';
import { FileModel } from './file.model';
import { FilesService } from './files.service';

@Resolver(() => FileModel)
export class FilesResolver {
  constructor(private readonly files: FilesService) {}

  @Query(() => FileModel, { description: 'A file the viewer may read (its owner decides; unattached: the uploader only).' })
  file(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<FileModel> {
    return this.files.model(actor, id);
  }
}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FileAccess } from './file-access';
import { FILE_ENTITIES } from './file.entities';
import { FilePurgeJob } from './file-purge.job';
import { FILE_STORAGE, fileStorageFromEnv } from './file-storage';
import { FilesController } from './files.controller';
import { FilesResolver } from './files.resolver';
import { FilesService } from './files.service';

/** Uploads and downloads (DESIGN §7b): one storage interface, owners decide who reads. */
@Module({
  imports: [TypeOrmModule.forFeature(FILE_ENTITIES)],
  controllers: [FilesController],
  providers: [FilesService, FileAccess, FilesResolver, FilePurgeJob, { provide: FILE_STORAGE, useFactory: () => fileStorageFromEnv() }],
  exports: [FilesService, FileAccess, FILE_STORAGE],
})
export class FilesModule {}

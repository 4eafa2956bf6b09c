import { Module } from '@nestjs/common';
import { IMAGE_UPLOADS } from '@pillars/api/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FileAccess } from './file-access';
import { FILE_ENTITIES } from './file.entities';
import { FilePurgeJob } from './file-purge.job';
import { FILE_STORAGE, fileStorageFromEnv } from './file-storage';
import { FilesController } from './files.controller';
import { FilesResolver } from './files.resolver';
import { FilesService } from './files.service';
import { ImageUploadsProvider } from './image-uploads.provider';

/** Uploads and downloads (DESIGN §7b): one storage interface, owners decide who reads. */
@Module({
  imports: [TypeOrmModule.forFeature(FILE_ENTITIES)],
  controllers: [FilesController],
  providers: [FilesService, FileAccess, FilesResolver, FilePurgeJob, ImageUploadsProvider, { provide: IMAGE_UPLOADS, useExisting: ImageUploadsProvider }, { provide: FILE_STORAGE, useFactory: () => fileStorageFromEnv() }],
  exports: [FilesService, FileAccess, FILE_STORAGE, IMAGE_UPLOADS],
})
export class FilesModule {}

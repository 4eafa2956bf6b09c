import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FEED_ENTITIES } from './feed.entities';

@Module({
  imports: [TypeOrmModule.forFeature(FEED_ENTITIES)],
  providers: [],
})
export class FeedsModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AudienceEntity, AudienceMemberEntity } from './audience.entity';

@Module({
  imports: [TypeOrmModule.forFeature([AudienceEntity, AudienceMemberEntity])],
})
export class AudiencesModule {}

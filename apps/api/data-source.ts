import { DomainEventEntity, ProcessedEventEntity, dataSourceOptions } from '@pillars/api/core';
import { OrganizationEntity, SessionEntity, TeamEntity, TeamMembershipEntity, UserEntity } from '@pillars/api/directory';
import { AudienceEntity, AudienceMemberEntity } from '@pillars/api/audiences';
import { DataSource } from 'typeorm';

/** Every entity of every domain: used by the migration tools to detect schema drift. */
export const ENTITIES = [
  DomainEventEntity,
  ProcessedEventEntity,
  OrganizationEntity,
  UserEntity,
  TeamEntity,
  TeamMembershipEntity,
  SessionEntity,
  AudienceEntity,
  AudienceMemberEntity,
];

export const createDataSource = (url: string) => new DataSource(dataSourceOptions(url, { entities: ENTITIES }));

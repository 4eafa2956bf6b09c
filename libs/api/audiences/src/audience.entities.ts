import { AudienceEntity, AudienceMemberEntity } from './audience.entity';

export const AUDIENCE_ENTITIES = [AudienceEntity, AudienceMemberEntity];

export * from './audience.entity';
export * from './audiences.module';
export { AudienceDirectory } from './audience-directory.service';
export type { AudienceSummary } from './audiences.service';
export * from './audience.events';
export { AudienceRuleKind, AUDIENCE_NAMED_USERS_MAX } from './audience.rules';
export type { AudienceRule, AudienceRules } from './audience.rules';
export { AudienceModel, AudienceRulesModel, AudienceRuleModel, AudienceMemberModel } from './audience.model';
export { AudienceRulesInput, AudienceRuleInput } from './audience.inputs';

export { AudiencePicker, type AudiencePickerProps } from './audience-picker';
export { EMPTY_AUDIENCE, isRuleComplete, previewableRules, savableRules } from './audience-rules';
export { audiencesFeature } from './audiences.feature';
export { audiencesRoutes } from './audiences.routes';

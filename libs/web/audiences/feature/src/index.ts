export { AudiencePreviewDocument, CreateAudienceDocument } from '@pillars/web/audiences/data-access';
export { AudiencePicker, type AudiencePickerProps } from './audience-picker';
export { EMPTY_AUDIENCE, isRuleComplete, previewableRules, savableRules } from './audience-rules';
export { AudiencesPage } from './audiences-page';
export { audiencesLocales } from './audiences.locales';

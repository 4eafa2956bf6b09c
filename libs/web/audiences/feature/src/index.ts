export { AudiencePreviewDocument, CreateAudienceDocument } from './audience.documents';
export { AudiencePicker, type AudiencePickerProps } from './audience-picker';
export { EMPTY_AUDIENCE, isRuleComplete, previewableRules, savableRules } from './audience-rules';
export { AudiencesPage } from './audiences-page';

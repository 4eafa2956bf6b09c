// The audience picker for other pillars, as its own entry (@pillars/web/audiences/picker): the app's
// registry imports index.ts statically, so a page that loads on demand takes the picker from here
// and it stays out of the main bundle.
export { AudiencePicker, type AudiencePickerProps } from './audience-picker';
export { EMPTY_AUDIENCE, savableRules } from './audience-rules';

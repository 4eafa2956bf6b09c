import { AddAudienceRulesIndex1795602730257 } from './1795602730257-add-audience-rules-index';

/** The audience model's migrations (its tables' baseline is in core's first migrations). */
export const AUDIENCE_MIGRATIONS = [AddAudienceRulesIndex1795602730257];

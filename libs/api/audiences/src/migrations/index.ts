import { AddAudienceRulesIndex1795602730257 } from './1795602730257-add-audience-rules-index';
import { AddAudienceRuleKeysIndex1797400000000 } from './1797400000000-add-audience-rule-keys-index';
import { AddAudienceNames1797845140000 } from './1797845140000-add-audience-names';
import { TeamRulesSaySubTeams1797860000003 } from './1797860000003-team-rules-say-sub-teams';
import { AddSharedEveryoneAudience1797960000000 } from './1797960000000-add-shared-everyone-audience';

/** The audience model's migrations (its tables' baseline is in core's first migrations). */
export const AUDIENCE_MIGRATIONS = [AddAudienceRulesIndex1795602730257, AddAudienceRuleKeysIndex1797400000000, AddAudienceNames1797845140000, TeamRulesSaySubTeams1797860000003, AddSharedEveryoneAudience1797960000000];

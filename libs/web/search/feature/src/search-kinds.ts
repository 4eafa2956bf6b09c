import type { SearchKind } from '@pillars/web/graphql';
import { IconFileText, IconMessage, IconUser, type Icon } from '@tabler/icons-react';

/** Order of the groups in results. */
export const KIND_ORDER: SearchKind[] = ['PERSON', 'PAGE', 'POST'];
export const KIND_ICONS: Record<SearchKind, Icon> = { PERSON: IconUser, PAGE: IconFileText, POST: IconMessage };

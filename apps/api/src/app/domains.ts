import { audiencesDomain } from '@pillars/api/audiences';
import type { DomainDescriptor } from '@pillars/api/core';
import { directoryDomain } from '@pillars/api/directory';
import { feedsDomain } from '@pillars/api/feeds';
import { filesDomain } from '@pillars/api/files';
import { notificationsDomain } from '@pillars/api/notifications';
import { policiesDomain } from '@pillars/api/policies';
import { wikiDomain } from '@pillars/api/wiki';

/**
 * THE list of domains (docs/adding-a-domain.md): the app module, the data source's entities, the
 * migration order and the known error codes all derive from it. A new pillar adds one line.
 */
export const DOMAINS: readonly DomainDescriptor[] = [directoryDomain, audiencesDomain, filesDomain, notificationsDomain, feedsDomain, policiesDomain, wikiDomain];

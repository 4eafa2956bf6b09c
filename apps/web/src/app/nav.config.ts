import type { NavEntry, NavSectionId, ViewerAbility } from '@pillars/web/core/data-access';
import { FEATURES } from './features';

export interface NavSection {
  id: NavSectionId;
  /** Translation key of the pillar's name. */
  label: string;
  items: NavEntry[];
}

/** The three pillars, then administration; features fill them with their entries. */
const SECTIONS: { id: NavSectionId; label: string }[] = [
  { id: 'people', label: 'nav.pillars.people' },
  { id: 'governance', label: 'nav.pillars.governance' },
  { id: 'technology', label: 'nav.pillars.technology' },
  { id: 'administration', label: 'nav.administration' },
];

export const NAV_SECTIONS: NavSection[] = SECTIONS.map((s) => ({ ...s, items: FEATURES.flatMap((f) => f.nav ?? []).filter((i) => i.section === s.id) }));

/** Sections with at least one entry the server lets the viewer use; empty pillars are not shown. */
export const visibleSections = (can: (ability: ViewerAbility) => boolean): NavSection[] =>
  NAV_SECTIONS.map((s) => ({ ...s, items: s.items.filter((i) => !i.ability || can(i.ability)) })).filter((s) => s.items.length > 0);

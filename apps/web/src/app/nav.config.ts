import type { Role } from '@pillars/web/graphql';
import { IconAddressBook, IconBinaryTree, IconFileImport, IconShieldCog, IconTarget, IconUsersGroup, type Icon } from '@tabler/icons-react';

export interface NavItem {
  to: string;
  /** Translation key of the label. */
  label: string;
  icon: Icon;
  /** Shown only to people with one of these roles; everyone when absent. */
  roles?: Role[];
}

export interface NavSection {
  /** Translation key of the pillar's name. */
  label: string;
  items: NavItem[];
}

/**
 * The three pillars. Governance and Technology have no built sections yet, so they render nothing;
 * add items here as their features land (e.g. { to: '/policies', label: 'nav.policies', ... }).
 */
export const NAV_SECTIONS: NavSection[] = [
  {
    label: 'nav.pillars.people',
    items: [
      { to: '/people', label: 'nav.directory', icon: IconAddressBook },
      { to: '/org-chart', label: 'nav.orgChart', icon: IconBinaryTree },
    ],
  },
  { label: 'nav.pillars.governance', items: [] },
  { label: 'nav.pillars.technology', items: [] },
  {
    label: 'nav.administration',
    items: [
      { to: '/admin/people', label: 'nav.adminPeople', icon: IconShieldCog, roles: ['ADMIN'] },
      { to: '/admin/teams', label: 'nav.adminTeams', icon: IconUsersGroup, roles: ['ADMIN'] },
      { to: '/admin/import', label: 'nav.adminImport', icon: IconFileImport, roles: ['ADMIN'] },
      { to: '/admin/audiences', label: 'nav.audiences', icon: IconTarget, roles: ['HR', 'ADMIN'] },
    ],
  },
];

/** Sections with at least one item the viewer may see; empty pillars are not shown. */
export const visibleSections = (roles: readonly Role[]): NavSection[] =>
  NAV_SECTIONS.map((s) => ({ ...s, items: s.items.filter((i) => !i.roles || i.roles.some((r) => roles.includes(r))) })).filter((s) => s.items.length > 0);

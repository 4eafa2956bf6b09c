import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

export const profilePath = (id: string) => `/people/${id}`;
export const teamPath = (id: string) => `/teams/${id}`;
export const teamMembersPath = (id: string) => `/teams/${id}/members`;
export const orgChartPath = (id: string) => `/org-chart/${id}`;

export function PersonLink({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Anchor component={Link} to={profilePath(id)} inherit>
      {children}
    </Anchor>
  );
}

export function TeamLink({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Anchor component={Link} to={teamPath(id)} inherit>
      {children}
    </Anchor>
  );
}

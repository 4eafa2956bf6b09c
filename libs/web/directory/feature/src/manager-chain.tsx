import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { FlipInRtl } from '@pillars/web/ui';
import { IconChevronRight } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { profilePath } from './person-link';

export interface ChainPerson {
  id: string;
  name: string;
}

/** Top of the organisation first, down to (and including) the current person. */
export function ManagerChainBreadcrumb({ chain, current, label }: { chain: ChainPerson[]; current: ChainPerson; label: string }) {
  const topDown = [...chain].reverse();
  return (
    <nav aria-label={label}>
      <Breadcrumbs
        separator={
          <FlipInRtl>
            <IconChevronRight size={14} />
          </FlipInRtl>
        }
        separatorMargin={6}
        style={{ flexWrap: 'wrap', rowGap: 4 }}
      >
        {topDown.map((p) => (
          <Anchor key={p.id} component={Link} to={profilePath(p.id)} size="sm" dir="auto">
            {p.name}
          </Anchor>
        ))}
        <Text size="sm" c="dimmed" aria-current="page" dir="auto">
          {current.name}
        </Text>
      </Breadcrumbs>
    </nav>
  );
}

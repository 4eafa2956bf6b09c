import { Anchor, Group, Text } from '@mantine/core';
import { teamContactKind } from '@pillars/shared/validation';
import { IconExternalLink, IconHash, IconMail } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** How to reach the team: a link for web and email addresses, the channel's name for chat. */
export function TeamContact({ contact }: { contact: string }) {
  const { t } = useTranslation();
  const kind = teamContactKind(contact);
  if (!kind) return null;
  const icon = kind === 'EMAIL' ? <IconMail size={16} aria-hidden="true" /> : kind === 'URL' ? <IconExternalLink size={16} aria-hidden="true" /> : <IconHash size={16} aria-hidden="true" />;
  return (
    <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
      {icon}
      <Text size="sm" c="dimmed">
        {t('directory.team.contactLabel')}
      </Text>
      {kind === 'CHANNEL' ? (
        <Text size="sm" dir="ltr" truncate="end">
          {contact}
        </Text>
      ) : (
        <Anchor size="sm" dir="ltr" truncate="end" href={kind === 'EMAIL' ? `mailto:${contact}` : contact} target={kind === 'URL' ? '_blank' : undefined} rel={kind === 'URL' ? 'noopener noreferrer' : undefined}>
          {contact}
        </Anchor>
      )}
    </Group>
  );
}

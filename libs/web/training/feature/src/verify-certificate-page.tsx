import { useQuery } from '@apollo/client/react';
import { Alert, Card, Center, Stack, Text, Title } from '@mantine/core';
import { useErrorMessages } from '@pillars/web/core/data-access';
import { VerifyTrainingCertificateDocument } from '@pillars/web/training/data-access';
import { PageSkeleton } from '@pillars/web/ui';
import { usePageTitle } from '@pillars/web/util';
import { IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';

/** Public (no session): confirms a certificate code with only what the API returns: name, course, date and validity. */
export function VerifyCertificatePage() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation();
  usePageTitle(t('training.verify.title'));
  const headingId = useId();
  const { messages } = useErrorMessages();
  const { data, error } = useQuery(VerifyTrainingCertificateDocument, { variables: { code }, fetchPolicy: 'network-only' });
  const check = data?.verifyTrainingCertificate;
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' });

  return (
    <Center p="md" mih="100vh" component="main">
      <Card withBorder radius="md" padding="lg" maw={520} w="100%" component="section" aria-labelledby={headingId}>
        <Stack gap="md">
          <Title order={1} fz="h2" id={headingId}>
            {t('training.verify.title')}
          </Title>
          {error ? (
            <Alert color="red" icon={<IconCircleX aria-hidden="true" />} role="alert">
              {messages(error).join(' ')}
            </Alert>
          ) : !check ? (
            <PageSkeleton label={t('common.loading')} />
          ) : (
            <>
              <Alert color={check.valid ? 'teal' : 'orange'} icon={check.valid ? <IconCircleCheck aria-hidden="true" /> : <IconCircleX aria-hidden="true" />}>
                {check.valid ? t('training.verify.valid') : t('training.verify.expired')}
              </Alert>
              <Stack gap={4} component="dl" m={0}>
                <Text component="dt" size="sm" c="dimmed">
                  {t('training.verify.person')}
                </Text>
                <Text component="dd" m={0} fw={600} dir="auto">
                  {check.personName}
                </Text>
                <Text component="dt" size="sm" c="dimmed">
                  {t('training.verify.course')}
                </Text>
                <Text component="dd" m={0} dir="auto">
                  {check.courseTitle}
                </Text>
                <Text component="dt" size="sm" c="dimmed">
                  {t('training.verify.completed')}
                </Text>
                <Text component="dd" m={0}>
                  {day.format(new Date(check.completedAt))}
                </Text>
                <Text component="dt" size="sm" c="dimmed">
                  {t('training.verify.validUntil')}
                </Text>
                <Text component="dd" m={0}>
                  {check.expiresAt ? day.format(new Date(check.expiresAt)) : t('training.verify.noExpiry')}
                </Text>
              </Stack>
            </>
          )}
        </Stack>
      </Card>
    </Center>
  );
}

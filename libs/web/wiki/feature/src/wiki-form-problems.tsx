import { Card, Stack, Title } from '@mantine/core';
import { useErrorMessages } from '@pillars/web/core/data-access';
import { FormProblems } from '@pillars/web/ui';
import { type ReactNode, useId } from 'react';

/** A wiki form's problems, announced: what the form itself found, then what the API answered. */
export function WikiFormProblems({ problem, error }: { problem: string | null; error: unknown }) {
  const { messages } = useErrorMessages();
  return <FormProblems problems={[problem, error ? messages(error).join(' ') : null]} />;
}

/** A wiki form in a card: its heading (level 2) names the section; Enter or the submit button sends it. */
export function WikiFormCard({ title, onSubmit, children }: { title: string; onSubmit: () => void; children: ReactNode }) {
  const headingId = useId();
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        <Stack gap="md">
          <Title order={2} fz="h4" id={headingId}>
            {title}
          </Title>
          {children}
        </Stack>
      </form>
    </Card>
  );
}

import { Card, Group, SimpleGrid, Skeleton, Stack, VisuallyHidden } from '@mantine/core';

/** Placeholder cards while a list loads; announces `label` to screen readers. */
export function CardGridSkeleton({ count = 6, label }: { count?: number; label: string }) {
  return (
    <div aria-busy="true" role="status">
      <VisuallyHidden>{label}</VisuallyHidden>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" aria-hidden="true">
        {Array.from({ length: count }, (_, i) => (
          <Card key={i} withBorder radius="md" padding="md">
            <Group wrap="nowrap" gap="md">
              <Skeleton circle height={56} />
              <Stack gap={8} style={{ flex: 1 }}>
                <Skeleton height={12} width="70%" />
                <Skeleton height={10} width="50%" />
                <Skeleton height={10} width="40%" />
              </Stack>
            </Group>
          </Card>
        ))}
      </SimpleGrid>
    </div>
  );
}

export function PageSkeleton({ label }: { label: string }) {
  return (
    <Stack aria-busy="true" role="status" gap="md">
      <VisuallyHidden>{label}</VisuallyHidden>
      <Group gap="md" aria-hidden="true">
        <Skeleton circle height={84} />
        <Stack gap={10} style={{ flex: 1 }}>
          <Skeleton height={20} width="40%" />
          <Skeleton height={12} width="30%" />
        </Stack>
      </Group>
      <Skeleton height={120} aria-hidden="true" />
      <Skeleton height={120} aria-hidden="true" />
    </Stack>
  );
}

import type { ReactNode } from 'react';
import { Card, Group, Stack, Text, Title } from '@mantine/core';

/** A card of the start page: a titled section, perhaps with a line saying what it holds and an action. */
export function HomePanel({
  id,
  title,
  intro,
  action,
  gap = 'sm',
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  action?: ReactNode;
  gap?: 'sm' | 'md';
  children: ReactNode;
}) {
  const heading = (
    <Group justify="space-between" wrap="wrap" gap="xs">
      <Title order={3} id={id} size="h4">
        {title}
      </Title>
      {action}
    </Group>
  );
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby={id}>
      <Stack gap={gap}>
        {intro ? (
          <Stack gap={4}>
            {heading}
            <Text size="sm" c="gray.7">
              {intro}
            </Text>
          </Stack>
        ) : (
          heading
        )}
        {children}
      </Stack>
    </Card>
  );
}

import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useI18n } from '../i18n';
import { useMe } from '../lib/session';

export function HomePage() {
  const { t } = useI18n();
  const { data: me } = useMe();
  if (!me) return null;
  return (
    <Stack>
      <Title order={2}>{me.person.name}</Title>
      <Text c="dimmed">{me.organisation.name}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {me.memberships.map((m) => (
          <Card key={`${m.unitId}-${m.role}`} withBorder>
            <Text fw={600}>{m.unitName}</Text>
            <Text size="sm">{t(`common.roles.${m.role as 'employee'}`)}</Text>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

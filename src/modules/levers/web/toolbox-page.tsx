import { Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useI18n } from '../../../web/i18n';
import { PageHeader } from '../../../web/components/page-header';
import { LEVER_KEYS } from '../constants';

/** /levers/toolbox: the 12 levers, each with what it is and a few actions to start from. */
export function ToolboxPage() {
  const { t } = useI18n();
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('levers.toolbox.title')}
        crumbs={[{ label: t('levers.toolbox.back'), to: '/levers' }]}
        crumbsLabel={t('levers.toolbox.crumbs')}
      >
        <Text c="gray.7">{t('levers.toolbox.intro')}</Text>
      </PageHeader>
      <SimpleGrid
        cols={{ base: 1, md: 2 }}
        spacing="md"
        component="ol"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
      >
        {LEVER_KEYS.map((key, i) => (
          <Card key={key} withBorder radius="md" padding="md" component="li" id={`lever-${key}`}>
            <Stack gap="xs">
              <Title order={3} size="h4">
                {i + 1}. {t(`levers.items.${key}.name`)}
              </Title>
              <Text size="sm">{t(`levers.items.${key}.text`)}</Text>
              <Text size="sm" fw={600} id={`lever-${key}-examples`}>
                {t('levers.toolbox.examples')}
              </Text>
              <List size="sm" spacing={4} aria-labelledby={`lever-${key}-examples`}>
                <List.Item>{t(`levers.items.${key}.ex1`)}</List.Item>
                <List.Item>{t(`levers.items.${key}.ex2`)}</List.Item>
                <List.Item>{t(`levers.items.${key}.ex3`)}</List.Item>
              </List>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

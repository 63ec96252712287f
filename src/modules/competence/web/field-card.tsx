import { Box, Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../../web/i18n';
import { FIELDS } from '../content/fields';
import type { FieldKey } from '../content/types';
import { say } from './labels';

/** One of the five fields: the writing on the left, the guide's questions as prompts beside it. */
export function FieldCard({ field, children }: { field: FieldKey; children: ReactNode }) {
  const { t, locale } = useI18n();
  const f = FIELDS.find((x) => x.key === field)!;
  const id = `field-${field}`;
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="section"
      aria-labelledby={id}
      className="initiative-field"
    >
      <Stack gap="xs">
        <Title order={3} size="h4" id={id}>
          {t('competence.page.fieldTitle', { number: f.number, name: say(f.name, locale) })}
        </Title>
        <Text size="sm" c="gray.8">
          {say(f.purpose, locale)}
        </Text>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Box>
            <Stack gap="sm">{children}</Stack>
          </Box>
          <Box className="no-print">
            <Card
              bg="gray.0"
              padding="sm"
              radius="sm"
              component="aside"
              aria-label={t('competence.page.prompts')}
            >
              <Text size="sm" fw={600}>
                {t('competence.page.prompts')}
              </Text>
              <List size="sm" spacing={4} mt={4}>
                {f.prompts.map((p) => (
                  <List.Item key={p.da}>{say(p, locale)}</List.Item>
                ))}
              </List>
              <Text size="sm" mt="xs">
                <strong>{t('competence.page.pitfall')}:</strong> {say(f.pitfall, locale)}
              </Text>
            </Card>
          </Box>
        </SimpleGrid>
      </Stack>
    </Card>
  );
}

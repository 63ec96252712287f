import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useI18n } from '../../../web/i18n';
import { fieldLabel, phaseTitle, type CircleVoice } from './circle-texts';
import type { CircleDraft } from './use-circle-draft';

/**
 * Both versions of each field that collided with someone else's save, side by side. The person
 * keeps theirs, takes the saved one, or combines them in the field and saves again.
 */
export function ConflictPanel({
  draft,
  voice,
  onCombine,
}: {
  draft: CircleDraft;
  voice: CircleVoice;
  onCombine: (phase: string, field: string) => void;
}) {
  const { t } = useI18n();
  const conflicts = draft.draft.conflicts;
  if (conflicts.length === 0) return null;
  return (
    <Alert color="orange" role="alert" title={t('inquiry.conflict.title')}>
      <Stack gap="md">
        <Text size="sm">{t('inquiry.conflict.text')}</Text>
        {conflicts.map((c) => {
          const id = `conflict-${c.phase}-${c.field}`;
          return (
            <Paper key={id} withBorder p="sm" component="section" aria-labelledby={id}>
              <Stack gap="xs">
                <Group justify="space-between" gap="xs">
                  <Title order={4} size="h5" id={id}>
                    {t(phaseTitle(c.phase))} · {t(fieldLabel(voice, c.phase, c.field))}
                  </Title>
                  {c.resolved && <Badge color="teal">{t('inquiry.conflict.resolved')}</Badge>}
                </Group>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  <Version label={t('inquiry.conflict.mine')} text={c.mine} />
                  <Version label={t('inquiry.conflict.theirs')} text={c.theirs} />
                </SimpleGrid>
                <Group gap="xs">
                  <Button size="xs" variant="default" onClick={() => draft.resolve(c.phase, c.field, c.mine)}>
                    {t('inquiry.conflict.keepMine')}
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => draft.resolve(c.phase, c.field, c.theirs)}
                  >
                    {t('inquiry.conflict.keepTheirs')}
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => {
                      draft.resolve(c.phase, c.field, `${c.theirs}\n\n${c.mine}`);
                      onCombine(c.phase, c.field);
                    }}
                  >
                    {t('inquiry.conflict.combine')}
                  </Button>
                </Group>
              </Stack>
            </Paper>
          );
        })}
      </Stack>
    </Alert>
  );
}

function Version({ label, text }: { label: string; text: string }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Paper bg="gray.0" p="xs" withBorder>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {text || '—'}
        </Text>
      </Paper>
    </Stack>
  );
}

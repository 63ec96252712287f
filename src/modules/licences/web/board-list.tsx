import { Card, Stack, Text, Title } from '@mantine/core';
import { useI18n } from '../../../web/i18n';
import type { BoardAnswer } from '../answers';
import { HoldersSummary, LicenceCell, type OnAssign } from './board-parts';
import { InitiativeLink } from './initiative-licences';

/*
 * The board on a phone: a wall of people × tasks does not fit 390 px, so each task is a card with
 * its people beneath it — name, level and status in words — instead of a table to scroll sideways.
 */
export function BoardList({ board, onAssign }: { board: BoardAnswer; onAssign: OnAssign }) {
  const { t } = useI18n();
  return (
    <Stack gap="md" component="section" aria-label={t('licences.board.caption')}>
      {board.definitions.map((d, i) => (
        <Card key={d.id} withBorder padding="sm" component="section" aria-labelledby={`board-task-${d.id}`}>
          <Stack gap="xs">
            <Stack gap={2}>
              <Title order={3} size="h4" id={`board-task-${d.id}`}>
                {d.task}
              </Title>
              <InitiativeLink initiative={d.initiative} size="xs" />
              {d.requiredLevel && (
                <Text size="sm">{t('licences.page.required', { level: d.requiredLevel })}</Text>
              )}
            </Stack>
            <HoldersSummary definition={d} />
            <Stack gap={0} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {board.people.map((p) => (
                <Stack
                  key={p.id}
                  gap={4}
                  component="li"
                  py="xs"
                  style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
                >
                  <Text fw={600}>{p.name}</Text>
                  <LicenceCell cell={p.cells[i]!} person={p} definition={d} onAssign={onAssign} inline />
                </Stack>
              ))}
            </Stack>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

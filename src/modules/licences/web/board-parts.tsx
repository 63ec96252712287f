import { Button, Group, Stack, Text } from '@mantine/core';
import { useI18n } from '../../../web/i18n';
import type { BoardAnswer } from '../answers';
import { StatusBadge, useLicenceTexts } from './status';

export type BoardPerson = BoardAnswer['people'][number];
export type BoardDefinition = BoardAnswer['definitions'][number];
export type BoardCell = BoardPerson['cells'][number];
/** Opens the assign dialog for a person and task; absent when the reader may not assign. */
export type OnAssign = ((person: BoardPerson, definition: BoardDefinition) => void) | null;

/** One person's licence on one task — level, status in words, expiry, assignment — as the table and the phone list show it. */
export function LicenceCell({
  cell,
  person,
  definition,
  onAssign,
  inline = false,
}: {
  cell: BoardCell;
  person: BoardPerson;
  definition: BoardDefinition;
  onAssign: OnAssign;
  /** On one wrapping line (the phone list) instead of stacked (the table's narrow column). */
  inline?: boolean;
}) {
  const { t, formatDate } = useI18n();
  const texts = useLicenceTexts();
  const Layout = inline ? Group : Stack;
  return (
    <Layout gap={inline ? 'xs' : 4} align={inline ? 'center' : 'flex-start'}>
      {cell.level && cell.status ? (
        <>
          <Text fw={inline ? 500 : 700}>{texts.levelName(cell.level)}</Text>
          <StatusBadge status={cell.status} />
          {cell.expiresOn && (
            <Text size="xs">{t('licences.page.expires', { date: formatDate(cell.expiresOn) })}</Text>
          )}
        </>
      ) : (
        <Text c="gray.7">{t('licences.board.none')}</Text>
      )}
      {cell.assigned && <Text size="xs">{t('licences.board.assigned')}</Text>}
      {onAssign && !cell.assigned && (
        <Button
          className="board-no-print"
          size="compact-xs"
          variant="default"
          onClick={() => onAssign(person, definition)}
          aria-label={`${t('licences.board.assign')}: ${person.name}, ${definition.task}`}
        >
          {t('licences.board.assign')}
        </Button>
      )}
    </Layout>
  );
}

/** How many hold the task at its level, and how many the department is short. */
export function HoldersSummary({ definition: d }: { definition: BoardDefinition }) {
  const { t } = useI18n();
  return (
    <Stack gap={2}>
      <Text size="sm">
        {d.neededHolders !== null
          ? t('licences.board.holders', { holders: d.holders, needed: d.neededHolders })
          : t('licences.board.holdersNoNeed', { holders: d.holders })}
      </Text>
      {d.short > 0 ? (
        <Text fw={700} c="red.9">
          <span aria-hidden="true">▲ </span>
          {t('licences.board.short', { count: d.short })}
        </Text>
      ) : (
        d.neededHolders !== null && (
          <Text size="sm">
            <span aria-hidden="true">✓ </span>
            {t('licences.board.enough')}
          </Text>
        )
      )}
    </Stack>
  );
}

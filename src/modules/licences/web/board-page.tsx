import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { errorMessage, useI18n } from '../../../web/i18n';
import { ApiError, post } from '../../../web/lib/api';
import { notifySuccess } from '../../../web/components/notify';
import { PageHeader } from '../../../web/components/page-header';
import { Empty, LoadError, Loading } from '../../../web/components/states';
import { LICENCE_STATUSES } from '../constants';
import { refreshLicences, useBoard } from './api';
import { BoardList } from './board-list';
import type { BoardDefinition, BoardPerson } from './board-parts';
import { BoardTable } from './board-table';
import { StatusBadge, useLicenceTexts } from './status';

// On paper the board is a poster for the department's wall: landscape, only the board, borders
// and the status words (with their icons) so it reads in black and white too.
const printCss = `
@media print {
  .mantine-AppShell-header, .mantine-AppShell-navbar, .mantine-AppShell-footer, .skip-link, .board-no-print { display: none !important; }
  .mantine-AppShell-main { padding: 0 !important; }
  .licence-board { max-width: none !important; font-size: 12pt; color: #000; }
  .licence-board table { border-collapse: collapse; width: 100%; }
  .licence-board th, .licence-board td { border: 1px solid #000 !important; }
  .licence-board tr { break-inside: avoid; }
  @page { size: A3 landscape; margin: 12mm; }
}
@media print and (max-width: 300mm) {
  @page { size: A4 landscape; }
}
`;

/*
 * The phone's list below Mantine's `sm` (48em, where the navigation turns into a burger too), the
 * table above it. One layout in the page, never both hidden by CSS: a journey's locator would find
 * each text twice. Read at once (not in an effect), so a phone never draws the table first. Paper
 * always gets the table: `screen` leaves print media out, and a print started on a phone switches
 * to the table before the browser lays the page out for printing (flushSync in beforeprint).
 */
function usePhoneLayout(): boolean {
  const narrow = useMediaQuery('screen and (max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return narrow && !printing;
}

/** /licences/boards/$unitId: people × licences, with level and status, and where the department is short. */
export function BoardPage() {
  const { t, formatDate } = useI18n();
  const texts = useLicenceTexts();
  const { unitId } = useParams({ strict: false }) as { unitId: string };
  const query = useBoard(unitId);
  const [assigning, setAssigning] = useState<{ person: BoardPerson; definition: BoardDefinition } | null>(
    null,
  );
  const phone = usePhoneLayout();
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const board = query.data;
  const onAssign = board.can.assign
    ? (person: BoardPerson, definition: BoardDefinition) => setAssigning({ person, definition })
    : null;

  return (
    <Stack gap="lg" className="licence-board" maw={1400}>
      <style>{printCss}</style>
      <PageHeader
        title={t('licences.board.title', { name: board.unit.name })}
        crumbs={[{ label: t('licences.page.title'), to: '/licences' }]}
        crumbsLabel={t('licences.board.crumbs')}
        actions={
          <Button className="board-no-print" onClick={() => window.print()}>
            {t('licences.board.print')}
          </Button>
        }
      >
        <Text size="sm" c="gray.7">
          {t('licences.board.printedOn', { date: formatDate(board.today) })}
        </Text>
      </PageHeader>
      {board.definitions.length === 0 ? (
        <Empty>{t('licences.board.empty')}</Empty>
      ) : board.people.length === 0 ? (
        <Empty>{t('licences.board.noPeople')}</Empty>
      ) : phone ? (
        <BoardList board={board} onAssign={onAssign} />
      ) : (
        <BoardTable board={board} onAssign={onAssign} />
      )}
      <Stack gap={4} component="section" aria-label={t('licences.board.legend')}>
        <Text fw={600}>{t('licences.board.legend')}</Text>
        {LICENCE_STATUSES.map((s) => (
          <Group key={s} gap="xs">
            <StatusBadge status={s} />
            <Text size="sm">{texts.statusExplanation(s)}</Text>
          </Group>
        ))}
      </Stack>
      <AssignModal target={assigning} onClose={() => setAssigning(null)} />
    </Stack>
  );
}

function AssignModal({
  target,
  onClose,
}: {
  target: { person: BoardPerson; definition: BoardDefinition } | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const errorText = (err: unknown) => (err ? errorMessage(t, err) : '');
  const queryClient = useQueryClient();
  const [warning, setWarning] = useState<string | null>(null);
  const assign = useMutation({
    mutationFn: (confirmBelow: boolean) =>
      post(`/licence-definitions/${target!.definition.id}/assignments`, {
        personId: target!.person.id,
        confirmBelow,
      }),
    onSuccess: async () => {
      notifySuccess(t('licences.board.assignDone', { name: target!.person.name }));
      await refreshLicences(queryClient);
      close();
    },
    onError: (err) => {
      if (err instanceof ApiError && err.reason === 'below_required_confirm') setWarning(err.message);
    },
  });
  const close = () => {
    setWarning(null);
    assign.reset();
    onClose();
  };
  return (
    <Modal
      opened={target !== null}
      onClose={close}
      title={
        target
          ? t('licences.board.assignTitle', { name: target.person.name, task: target.definition.task })
          : ''
      }
      centered
      closeButtonProps={{ 'aria-label': t('common.actions.close') }}
    >
      <Stack>
        {warning && (
          <Alert color="yellow" c="#713f12" variant="light" role="alert">
            {errorText(assign.error)}
          </Alert>
        )}
        {assign.isError && !warning && (
          <Alert color="red" c="red.9" variant="light" role="alert">
            {errorText(assign.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.actions.cancel')}
          </Button>
          {!(assign.isError && !warning) && (
            <Button loading={assign.isPending} onClick={() => assign.mutate(Boolean(warning))}>
              {warning ? t('licences.board.assignConfirm') : t('licences.board.assign')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}

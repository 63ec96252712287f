import { Alert, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import { ApiError, post } from '../../../web/lib/api';
import { notifySuccess } from '../../../web/components/notify';
import { PageHeader } from '../../../web/components/page-header';
import { Empty, LoadError, Loading } from '../../../web/components/states';
import { LICENCE_STATUSES } from '../constants';
import type { BoardAnswer } from '../answers';
import { refreshLicences, useBoard } from './api';
import { InitiativeLink } from './initiative-licences';
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

type Person = BoardAnswer['people'][number];
type Definition = BoardAnswer['definitions'][number];

/** /licences/boards/$unitId: people × licences, with level and status, and where the department is short. */
export function BoardPage() {
  const { t, formatDate } = useI18n();
  const texts = useLicenceTexts();
  const { unitId } = useParams({ strict: false }) as { unitId: string };
  const query = useBoard(unitId);
  const [assigning, setAssigning] = useState<{ person: Person; definition: Definition } | null>(null);
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const board = query.data;

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
      {/* A wide board scrolls sideways on a phone; the region takes focus so the keyboard can scroll it. */}
      {board.definitions.length === 0 ? (
        <Empty>{t('licences.board.empty')}</Empty>
      ) : board.people.length === 0 ? (
        <Empty>{t('licences.board.noPeople')}</Empty>
      ) : (
        <div
          role="region"
          aria-label={t('licences.board.caption')}
          tabIndex={0}
          className="licence-board-scroll"
          style={{ overflowX: 'auto' }}
        >
          <Table withTableBorder withColumnBorders miw={600}>
            <caption style={{ textAlign: 'left', fontWeight: 600 }}>{t('licences.board.caption')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('licences.board.person')}</Table.Th>
                {board.definitions.map((d) => (
                  <Table.Th key={d.id} scope="col">
                    <Stack gap={2}>
                      <span>{d.task}</span>
                      <InitiativeLink initiative={d.initiative} size="xs" />
                      {d.requiredLevel && (
                        <Text size="xs" fw={400}>
                          {t('licences.page.required', { level: d.requiredLevel })}
                        </Text>
                      )}
                    </Stack>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {board.people.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Th scope="row">{p.name}</Table.Th>
                  {p.cells.map((c, i) => {
                    const d = board.definitions[i]!;
                    return (
                      <Table.Td key={c.definitionId}>
                        <Stack gap={4} align="flex-start">
                          {c.level && c.status ? (
                            <>
                              <Text fw={700}>{texts.levelName(c.level)}</Text>
                              <StatusBadge status={c.status} />
                              {c.expiresOn && (
                                <Text size="xs">
                                  {t('licences.page.expires', { date: formatDate(c.expiresOn) })}
                                </Text>
                              )}
                            </>
                          ) : (
                            <Text c="gray.7">{t('licences.board.none')}</Text>
                          )}
                          {c.assigned && <Text size="xs">{t('licences.board.assigned')}</Text>}
                          {board.can.assign && !c.assigned && (
                            <Button
                              className="board-no-print"
                              size="compact-xs"
                              variant="default"
                              onClick={() => setAssigning({ person: p, definition: d })}
                              aria-label={`${t('licences.board.assign')}: ${p.name}, ${d.task}`}
                            >
                              {t('licences.board.assign')}
                            </Button>
                          )}
                        </Stack>
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row">{t('licences.board.enough')}</Table.Th>
                {board.definitions.map((d) => (
                  <Table.Td key={d.id}>
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
                  </Table.Td>
                ))}
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </div>
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
  target: { person: Person; definition: Definition } | null;
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

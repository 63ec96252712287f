import { Alert, Box, Button, Group, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../web/i18n';
import { LoadError, Loading } from '../../../web/components/states';
import { PageHeader } from '../../../web/components/page-header';
import { today } from '../../../shared/time';
import type { CoverageAnswer } from '../answers';
import { useCoverage } from './api';

const percent = (count: number, of: number) => (of === 0 ? 0 : Math.round((count / of) * 100));

/** /coverage: MUS coverage per group of units for HR and the MED committee, printable. */
export function CoveragePage() {
  const { t } = useI18n();
  const year = today().slice(0, 4);
  const [period, setPeriod] = useState({ from: `${year}-01-01`, to: `${year}-12-31` });
  const [draft, setDraft] = useState(period);
  const [periodError, setPeriodError] = useState(false);
  const coverage = useCoverage(period);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const wrong = draft.from > draft.to;
    setPeriodError(wrong);
    if (!wrong) setPeriod(draft);
  };

  return (
    <Stack gap="md" maw={960}>
      <PageHeader
        title={t('coverage.title')}
        actions={
          <Button variant="default" className="no-print" onClick={() => window.print()}>
            {t('coverage.print')}
          </Button>
        }
      >
        <Text c="gray.7">{t('coverage.intro')}</Text>
      </PageHeader>
      <Text size="sm">{t('coverage.agreement')}</Text>
      <form onSubmit={submit} className="no-print" noValidate>
        <Group align="flex-end" gap="sm">
          <TextInput
            type="date"
            label={t('coverage.from')}
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.currentTarget.value })}
            required
          />
          <TextInput
            type="date"
            label={t('coverage.to')}
            value={draft.to}
            onChange={(e) => setDraft({ ...draft, to: e.currentTarget.value })}
            error={periodError ? t('coverage.periodError') : undefined}
            required
          />
          <Button type="submit">{t('coverage.show')}</Button>
        </Group>
      </form>
      {coverage.isPending ? (
        <Loading />
      ) : coverage.isError ? (
        <LoadError error={coverage.error} onRetry={() => void coverage.refetch()} />
      ) : (
        <CoverageTable coverage={coverage.data} />
      )}
    </Stack>
  );
}

function CoverageTable({ coverage }: { coverage: CoverageAnswer }) {
  const { t, formatDate } = useI18n();
  if (coverage.groups.length === 0)
    return (
      <Alert color="gray" role="status">
        {t('coverage.empty')}
      </Alert>
    );
  const share = (count: number, of: number) => t('coverage.share', { count, percent: percent(count, of) });
  const requirement = (c: { employees: number; heldOneToOne: number; requirementMet: boolean }) =>
    c.requirementMet
      ? t('coverage.requirementMet')
      : t('coverage.requirementMissing', { count: c.employees - c.heldOneToOne });
  const { total } = coverage;
  return (
    <Stack gap="sm">
      <Alert color={total.requirementMet ? 'green' : 'yellow'} role="status">
        {total.requirementMet
          ? t('coverage.summaryMet', { count: total.employees })
          : t('coverage.summaryMissing', {
              missing: total.employees - total.heldOneToOne,
              count: total.employees,
            })}
      </Alert>
      <Paper withBorder>
        <Box style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={t('coverage.title')}>
          <Table striped miw={560}>
            <Table.Caption>
              {t('coverage.caption', {
                from: formatDate(coverage.period.from),
                to: formatDate(coverage.period.to),
              })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('coverage.unit')}</Table.Th>
                <Table.Th scope="col">{t('coverage.employees')}</Table.Th>
                <Table.Th scope="col">{t('coverage.held')}</Table.Th>
                <Table.Th scope="col">{t('coverage.inFocus')}</Table.Th>
                <Table.Th scope="col">{t('coverage.neither')}</Table.Th>
                <Table.Th scope="col">{t('coverage.requirement')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {coverage.groups.map((g) => (
                <Table.Tr key={g.unit.id}>
                  <Table.Th scope="row" fw={500}>
                    {g.unit.name}
                    {g.includes.length > 0 && (
                      <Text size="xs" c="gray.7" fw={400}>
                        {t('coverage.includes', { units: g.includes.map((u) => u.name).join(', ') })}
                      </Text>
                    )}
                  </Table.Th>
                  <Table.Td>{g.employees}</Table.Td>
                  <Table.Td>{share(g.heldOneToOne, g.employees)}</Table.Td>
                  <Table.Td>{share(g.goalInFocus, g.employees)}</Table.Td>
                  <Table.Td>{share(g.neither, g.employees)}</Table.Td>
                  <Table.Td>{requirement(g)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row">{t('coverage.total')}</Table.Th>
                <Table.Th>{coverage.total.employees}</Table.Th>
                <Table.Th>{share(coverage.total.heldOneToOne, coverage.total.employees)}</Table.Th>
                <Table.Th>{share(coverage.total.goalInFocus, coverage.total.employees)}</Table.Th>
                <Table.Th>{share(coverage.total.neither, coverage.total.employees)}</Table.Th>
                <Table.Th>{requirement(coverage.total)}</Table.Th>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Box>
      </Paper>
      <Text size="sm" c="gray.7">
        {t('coverage.minGroup', { min: coverage.minGroup })}
      </Text>
      {coverage.notShown > 0 && (
        <Text size="sm" c="gray.7">
          {t('coverage.notShown', { count: coverage.notShown, min: coverage.minGroup })}
        </Text>
      )}
    </Stack>
  );
}

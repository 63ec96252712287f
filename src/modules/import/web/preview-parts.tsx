import { Code, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useI18n } from '../../../web/i18n';
import type { MessageKey } from '../../../web/i18n/catalogue';
import type { ImportDetail, ImportLineError, SampleRow } from '../answers';
import { ScrollTable } from './scroll-table';

/** The numbers of a preview or a result, as a row of labelled figures. */
export function Counts({ items }: { items: { label: string; value: number; tone?: 'red' }[] }) {
  const { formatNumber } = useI18n();
  return (
    <SimpleGrid cols={{ base: 2, xs: 3, md: items.length }} spacing="sm" component="dl" m={0}>
      {items.map((item) => (
        <Paper key={item.label} withBorder p="sm" radius="md">
          <Text component="dt" size="sm">
            {item.label}
          </Text>
          <Text
            component="dd"
            m={0}
            fz={26}
            fw={700}
            c={item.tone === 'red' && item.value > 0 ? 'red.8' : undefined}
          >
            {formatNumber(item.value)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

export function previewCounts(t: ReturnType<typeof useI18n>['t'], imp: ImportDetail) {
  return [
    { label: t('import.preview.counts.lines'), value: imp.total },
    { label: t('import.preview.counts.create'), value: imp.created },
    { label: t('import.preview.counts.update'), value: imp.updated },
    { label: t('import.preview.counts.unchanged'), value: imp.unchanged },
    ...(imp.kind === 'people'
      ? [{ label: t('import.preview.counts.membershipsAdded'), value: imp.membershipsAdded }]
      : []),
    { label: t('import.preview.counts.errors'), value: imp.errorCount, tone: 'red' as const },
  ];
}

/** Every problem with its line, column and translated reason. */
export function ErrorTable({ errors, total }: { errors: ImportLineError[]; total: number }) {
  const { t, formatNumber } = useI18n();
  return (
    <Stack gap="xs">
      <Title order={3} size="h4" id="import-errors-heading">
        {t('import.preview.errorsHeading')}
      </Title>
      <Text size="sm">{t('import.preview.errorsIntro')}</Text>
      {total > errors.length && (
        <Text size="sm">
          {t('import.preview.errorsTruncated', {
            shown: formatNumber(errors.length),
            total: formatNumber(total),
          })}
        </Text>
      )}
      <ScrollTable
        label={t('import.preview.errorsHeading')}
        minWidth={320}
        striped
        withTableBorder
        verticalSpacing="xs"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('import.preview.columns.line')}</Table.Th>
            <Table.Th scope="col">{t('import.preview.columns.field')}</Table.Th>
            <Table.Th scope="col">{t('import.preview.columns.problem')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {errors.map((e, i) => (
            <Table.Tr key={`${e.line}-${e.field ?? ''}-${i}`}>
              <Table.Td>{formatNumber(e.line)}</Table.Td>
              <Table.Td>{e.field ? <Code>{e.field}</Code> : '–'}</Table.Td>
              <Table.Td>{t(`import.reasons.${e.reason}` as MessageKey)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
    </Stack>
  );
}

/** The first lines the import would create, update or leave as they are. */
export function SampleTables({ imp }: { imp: Pick<ImportDetail, 'sample'> }) {
  const { t } = useI18n();
  const sample = imp.sample;
  if (!sample) return null;
  const groups = (['create', 'update', 'unchanged'] as const).filter((g) => sample[g].length > 0);
  if (groups.length === 0) return null;
  return (
    <Stack gap="sm">
      <Title order={3} size="h4" id="import-sample-heading">
        {t('import.preview.sampleHeading')}
      </Title>
      <Text size="sm">{t('import.preview.sampleMore')}</Text>
      {groups.map((group) => (
        <SampleTable
          key={group}
          caption={t(`import.preview.sample.${group}`)}
          rows={sample[group]}
          showChanges={group === 'update'}
        />
      ))}
    </Stack>
  );
}

function SampleTable({
  caption,
  rows,
  showChanges,
}: {
  caption: string;
  rows: SampleRow[];
  showChanges: boolean;
}) {
  const { t, formatNumber } = useI18n();
  return (
    <ScrollTable label={caption} minWidth={320} withTableBorder verticalSpacing="xs" captionSide="top">
      <Table.Caption style={{ textAlign: 'start', fontWeight: 600, color: 'var(--mantine-color-text)' }}>
        {caption}
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('import.preview.columns.line')}</Table.Th>
          <Table.Th scope="col">{t('import.preview.columns.key')}</Table.Th>
          <Table.Th scope="col">{t('import.preview.columns.name')}</Table.Th>
          {showChanges && <Table.Th scope="col">{t('import.preview.columns.changes')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.line}>
            <Table.Td>{formatNumber(r.line)}</Table.Td>
            <Table.Td>
              <Code>{r.key}</Code>
            </Table.Td>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{r.name}</Table.Td>
            {showChanges && (
              <Table.Td>{r.changes.map((c) => t(`import.changes.${c}` as MessageKey)).join(', ')}</Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}

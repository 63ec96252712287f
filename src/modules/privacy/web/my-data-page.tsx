import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useI18n } from '../../../web/i18n';
import { LoadError, Loading } from '../../../web/components/states';
import { PageHeader } from '../../../web/components/page-header';
import type { ExportAnswer } from '../answers';
import { useMyData } from './api';
import { useRecordWords } from './record-words';

function download(data: ExportAnswer) {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `mup-mine-data-${data.generatedAt.slice(0, 10)}.json`;
  a.click();
  URL.revokeObjectURL(url);
}

/** /my-data: everything MUP holds about the signed-in person, readable and printable, and as JSON. */
export function MyDataPage() {
  const { t, formatDate } = useI18n();
  const data = useMyData();
  return (
    <Stack gap="md" maw={960}>
      <PageHeader
        title={t('privacy.title')}
        actions={
          data.data && (
            <Group gap="xs" className="no-print">
              <Button onClick={() => download(data.data)}>{t('privacy.downloadJson')}</Button>
              <Button variant="default" onClick={() => window.print()}>
                {t('privacy.print')}
              </Button>
            </Group>
          )
        }
      >
        <Text c="gray.7">{t('privacy.intro')}</Text>
      </PageHeader>
      {data.isPending ? (
        <Loading />
      ) : data.isError ? (
        <LoadError error={data.error} onRetry={() => void data.refetch()} />
      ) : (
        <Document data={data.data} formatDate={formatDate} />
      )}
    </Stack>
  );
}

function Document({
  data,
  formatDate,
}: {
  data: ExportAnswer;
  formatDate: ReturnType<typeof useI18n>['formatDate'];
}) {
  const { t } = useI18n();
  const words = useRecordWords();
  const { person } = data;
  const sectionTitle = (key: string) => {
    const label = t(`privacy.sections.${key}` as never);
    return label === `privacy.sections.${key}` ? key : label;
  };
  return (
    <Stack gap="lg">
      <Text size="sm" c="gray.7">
        {t('privacy.generated', {
          when: formatDate(data.generatedAt, 'dateTime'),
          name: person.name,
          organisation: data.organisation.name,
        })}
      </Text>
      <section>
        <Title order={2} size="h3" mb="xs">
          {t('privacy.profile')}
        </Title>
        <Fields
          fields={{
            name: person.name,
            email: person.email,
            employeeNumber: person.employeeNumber,
            jobTitle: person.jobTitle,
            active: person.active,
          }}
        />
      </section>
      {data.sections.map((section) => (
        <section key={section.key}>
          <Title order={2} size="h3" mb="xs">
            {sectionTitle(section.key)}
          </Title>
          {section.items.length === 0 ? (
            <Text c="gray.7">{t('privacy.none')}</Text>
          ) : (
            <Stack gap="xs">
              {section.items.map((item, i) => (
                <Paper key={i} withBorder p="sm">
                  <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {words.title(item.title)}
                  </Text>
                  {item.at && (
                    <Text size="sm" c="gray.7">
                      {item.at.length > 10 ? formatDate(item.at, 'dateTime') : formatDate(item.at)}
                    </Text>
                  )}
                  <Fields fields={item.fields} form={section.key === 'circles' ? item.title : null} />
                </Paper>
              ))}
            </Stack>
          )}
        </section>
      ))}
    </Stack>
  );
}

function Fields({
  fields,
  form = null,
}: {
  fields: Record<string, string | number | boolean | null>;
  form?: string | null;
}) {
  const words = useRecordWords();
  const rows = Object.entries(fields).filter(([, v]) => v !== null && v !== '');
  if (!rows.length) return null;
  return (
    <Table variant="vertical" withRowBorders={false} layout="fixed">
      <Table.Tbody>
        {rows.map(([key, value]) => (
          <Table.Tr key={key}>
            <Table.Th w="35%" style={{ overflowWrap: 'anywhere' }}>
              {words.label(key, form)}
            </Table.Th>
            <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {words.value(value)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

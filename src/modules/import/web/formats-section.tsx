import { Accordion, Button, Code, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useI18n } from '../../../web/i18n';
import type { MessageKey } from '../../../web/i18n/catalogue';
import { COLUMNS, DANISH_HEADERS, exampleCsv } from '../formats';
import type { ImportKind } from '../answers';

/** Saves an example file; with a byte order mark so that Excel opens æ, ø and å right. */
function downloadExample(kind: ImportKind, locale: 'da' | 'en') {
  const blob = new Blob([`\uFEFF${exampleCsv(kind, locale)}`], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download =
    locale === 'da' ? `${kind === 'units' ? 'enheder' : 'personer'}-eksempel.csv` : `${kind}-example.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** How the two files must look, with an example of each to download. */
export function FormatsSection() {
  const { t } = useI18n();
  return (
    <Paper
      withBorder
      p={{ base: 'sm', sm: 'lg' }}
      component="section"
      aria-labelledby="import-formats-heading"
    >
      <Stack gap="sm">
        <Title order={3} size="h4" id="import-formats-heading">
          {t('import.formats.heading')}
        </Title>
        <List size="sm" spacing={4}>
          {(['general1', 'general2', 'general3', 'general4', 'general5'] as const).map((k) => (
            <List.Item key={k}>{t(`import.formats.${k}`)}</List.Item>
          ))}
        </List>
        <Accordion variant="separated" multiple>
          <Format kind="units" />
          <Format kind="people" />
        </Accordion>
      </Stack>
    </Paper>
  );
}

function Format({ kind }: { kind: ImportKind }) {
  const { t, locale } = useI18n();
  return (
    <Accordion.Item value={kind}>
      <Accordion.Control>
        <Text fw={600} component="span">
          {t(`import.formats.${kind}.heading`)}
        </Text>
      </Accordion.Control>
      <Accordion.Panel>
        <Stack gap="sm">
          <Text size="sm">{t(`import.formats.${kind}.intro`)}</Text>
          <Stack component="dl" gap="xs" m={0}>
            {COLUMNS[kind].map((c) => (
              <div key={c.name}>
                <Text component="dt" size="sm" fw={600}>
                  <Code>{c.name}</Code>{' '}
                  <Text component="span" size="sm" fw={400}>
                    {t('import.formats.or')}
                  </Text>{' '}
                  <Code>{DANISH_HEADERS[c.name]}</Code>{' '}
                  <Text component="span" size="sm" fw={400}>
                    ({c.required ? t('import.formats.required') : t('import.formats.optional')})
                  </Text>
                </Text>
                <Text component="dd" size="sm" m={0} ml="md">
                  {t(`import.formats.${kind}.${c.name}` as MessageKey)}
                </Text>
              </div>
            ))}
          </Stack>
          <div>
            <Button variant="default" onClick={() => downloadExample(kind, locale)}>
              {t('import.formats.download')} ({t(`import.kinds.${kind}`).toLowerCase()})
            </Button>
          </div>
        </Stack>
      </Accordion.Panel>
    </Accordion.Item>
  );
}

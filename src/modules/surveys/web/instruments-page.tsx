import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import { put } from '../../../web/lib/api';
import { PageHeader, Section } from '../../../web/components/page-header';
import { LoadError, Loading } from '../../../web/components/states';
import type { InstrumentAnswer } from '../answers';
import { refreshSurveys, useInstrument, useInstruments } from './api';

/** /surveys/instruments: the organisation's instruments (HR). */
export function InstrumentsPage() {
  const { t, locale } = useI18n();
  const lang = locale === 'en' ? 'en' : 'da';
  const list = useInstruments(true);
  if (list.isPending) return <Loading />;
  if (list.isError) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('surveys.instruments.title')}
        crumbs={[{ label: t('surveys.nav'), to: '/surveys' }]}
        crumbsLabel={t('surveys.nav')}
      />
      {list.data.instruments.map((i) => (
        <Card key={i.key} withBorder padding="sm">
          <Group justify="space-between" wrap="wrap">
            <Anchor
              component={Link}
              to={`/surveys/instruments/${i.key}`}
              fw={600}
              aria-label={t('surveys.instruments.edit', { name: i.name[lang] })}
            >
              {i.name[lang]}
            </Anchor>
            <Group gap="xs">
              {i.forum && (
                <Badge variant="light" color="grape">
                  {t('surveys.instruments.forum')}
                </Badge>
              )}
              <Badge variant="light" color={i.edited ? 'blue' : 'gray'}>
                {i.edited ? t('surveys.instruments.edited') : t('surveys.instruments.builtIn')}
              </Badge>
            </Group>
          </Group>
          <Text size="sm" c="gray.7">
            {i.description[lang]} · {t('surveys.instruments.items', { count: i.items })}
          </Text>
        </Card>
      ))}
    </Stack>
  );
}

/** /surveys/instruments/$key: HR edits the texts in both languages, the items and which index each counts in. */
export function InstrumentEditPage({ instrumentKey }: { instrumentKey: string }) {
  const found = useInstrument(instrumentKey);
  // Kept above the editor: a save reloads the instrument with a new version, which remounts the editor.
  const [saved, setSaved] = useState(false);
  if (found.isPending) return <Loading />;
  if (found.isError) return <LoadError error={found.error} onRetry={() => void found.refetch()} />;
  return <Editor key={found.data.version} answer={found.data} saved={saved} setSaved={setSaved} />;
}

type Definition = InstrumentAnswer['instrument'];
type Item = Definition['items'][number];

function Editor({
  answer,
  saved,
  setSaved,
}: {
  answer: InstrumentAnswer;
  saved: boolean;
  setSaved: (saved: boolean) => void;
}) {
  const { t, locale } = useI18n();
  const lang = locale === 'en' ? 'en' : 'da';
  const qc = useQueryClient();
  const [def, setDef] = useState<Definition>(answer.instrument);
  const save = useMutation({
    mutationFn: () =>
      put<InstrumentAnswer>(`/surveys/instruments/${def.key}`, { definition: def, version: answer.version }),
    onSuccess: async () => {
      setSaved(true);
      await refreshSurveys(qc);
    },
  });
  const setItem = (i: number, change: Partial<Item>) =>
    setDef((d) => ({ ...d, items: d.items.map((it, j) => (j === i ? { ...it, ...change } : it)) }));
  const indexOptions = [
    { value: '', label: t('surveys.instruments.noIndex') },
    ...def.indices.filter((x) => !x.of).map((x) => ({ value: x.key, label: x.name[lang] })),
  ];
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('surveys.instruments.edit', { name: def.name[lang] })}
        crumbs={[
          { label: t('surveys.nav'), to: '/surveys' },
          { label: t('surveys.instruments.title'), to: '/surveys/instruments' },
        ]}
        crumbsLabel={t('surveys.nav')}
      />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setSaved(false);
          save.mutate();
        }}
      >
        <Stack gap="md" maw={760}>
          {saved && (
            <Alert color="teal" role="status">
              {t('surveys.instruments.saved')}
            </Alert>
          )}
          {save.isError && (
            <Alert color="red" role="alert">
              {errorMessage(t, save.error)}
            </Alert>
          )}
          <Group grow>
            <TextInput
              label={`${t('surveys.instruments.name')} (${t('surveys.instruments.da')})`}
              value={def.name.da}
              onChange={(e) => setDef({ ...def, name: { ...def.name, da: e.currentTarget.value } })}
            />
            <TextInput
              label={`${t('surveys.instruments.name')} (${t('surveys.instruments.en')})`}
              value={def.name.en}
              onChange={(e) => setDef({ ...def, name: { ...def.name, en: e.currentTarget.value } })}
            />
          </Group>
          {answer.forum && (
            <Text size="sm" c="gray.7">
              {t('surveys.instruments.forumNote')}
            </Text>
          )}
          <Section title={t('surveys.instruments.scale')}>
            <Group grow>
              <NumberInput
                label={t('surveys.instruments.scaleMin')}
                value={def.scale.min}
                min={0}
                max={10}
                onChange={(v) => setDef({ ...def, scale: { ...def.scale, min: Number(v) } })}
              />
              <NumberInput
                label={t('surveys.instruments.scaleMax')}
                value={def.scale.max}
                min={1}
                max={10}
                onChange={(v) => setDef({ ...def, scale: { ...def.scale, max: Number(v) } })}
              />
            </Group>
            {def.scale.labels.map((label, i) => (
              <Group grow key={label.value}>
                {(['da', 'en'] as const).map((l) => (
                  <TextInput
                    key={l}
                    label={`${t('surveys.instruments.scaleLabel', { value: label.value })} (${t(`surveys.instruments.${l}`)})`}
                    value={label.text[l]}
                    onChange={(e) => {
                      const text = { ...label.text, [l]: e.currentTarget.value };
                      setDef({
                        ...def,
                        scale: {
                          ...def.scale,
                          labels: def.scale.labels.map((x, j) => (j === i ? { ...x, text } : x)),
                        },
                      });
                    }}
                  />
                ))}
              </Group>
            ))}
          </Section>
          {def.items.map((item, i) => (
            <Section key={i} title={t('surveys.instruments.item', { n: i + 1 })}>
              <Stack gap="xs">
                <TextInput
                  label={`${t('surveys.instruments.text')} (${t('surveys.instruments.da')})`}
                  value={item.text.da}
                  onChange={(e) => setItem(i, { text: { ...item.text, da: e.currentTarget.value } })}
                />
                <TextInput
                  label={`${t('surveys.instruments.text')} (${t('surveys.instruments.en')})`}
                  value={item.text.en}
                  onChange={(e) => setItem(i, { text: { ...item.text, en: e.currentTarget.value } })}
                />
                <Group grow>
                  <TextInput
                    label={`${t('surveys.instruments.short')} (${t('surveys.instruments.da')})`}
                    value={item.short.da}
                    onChange={(e) => setItem(i, { short: { ...item.short, da: e.currentTarget.value } })}
                  />
                  <TextInput
                    label={`${t('surveys.instruments.short')} (${t('surveys.instruments.en')})`}
                    value={item.short.en}
                    onChange={(e) => setItem(i, { short: { ...item.short, en: e.currentTarget.value } })}
                  />
                </Group>
                <Group align="end">
                  <Select
                    label={t('surveys.instruments.index')}
                    data={indexOptions}
                    value={item.index ?? ''}
                    onChange={(v) => setItem(i, { index: v || undefined })}
                  />
                  <Checkbox
                    label={t('surveys.instruments.optional')}
                    checked={Boolean(item.optional)}
                    onChange={(e) => setItem(i, { optional: e.currentTarget.checked })}
                  />
                  <Checkbox
                    label={t('surveys.instruments.reverse')}
                    checked={Boolean(item.reverse)}
                    onChange={(e) => setItem(i, { reverse: e.currentTarget.checked })}
                  />
                  <Button
                    variant="subtle"
                    color="red"
                    onClick={() => setDef((d) => ({ ...d, items: d.items.filter((_, j) => j !== i) }))}
                    disabled={def.items.length === 1}
                  >
                    {t('surveys.instruments.remove', { n: i + 1 })}
                  </Button>
                </Group>
              </Stack>
            </Section>
          ))}
          <Group>
            <Button
              variant="light"
              onClick={() =>
                setDef((d) => ({
                  ...d,
                  items: [
                    ...d.items,
                    {
                      key: `item${d.items.length + 1}_${Date.now() % 10000}`,
                      text: { da: '', en: '' },
                      short: { da: '', en: '' },
                    },
                  ],
                }))
              }
            >
              {t('surveys.instruments.add')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('surveys.instruments.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

import { Anchor, Card, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useI18n, errorMessage } from '../../../web/i18n';
import { post } from '../../../web/lib/api';
import { FormShell } from '../../../web/forms/form-shell';
import { notifySuccess } from '../../../web/components/notify';
import { PageHeader, Section } from '../../../web/components/page-header';
import { Empty, LoadError, Loading } from '../../../web/components/states';
import { localDay } from '../../../shared/time';
import { TALK_CADENCES, type TalkCadence } from '../constants';
import type { TalkAnswer } from '../answers';
import { talkKeys, useTalks } from './api';

/** /learning-talks: the conversations of the units one is a party to, and a new one. */
export function TalksPage() {
  const { t, formatDate } = useI18n();
  const query = useTalks();
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const { talks, units } = query.data;
  return (
    <Stack gap="lg" maw={900}>
      <PageHeader title={t('learningTalks.page.title')}>
        <Text c="gray.7">{t('learningTalks.page.intro')}</Text>
      </PageHeader>
      {units.length === 0 ? (
        <Empty>{t('learningTalks.page.noUnits')}</Empty>
      ) : (
        <>
          <Section title={t('learningTalks.page.create')} id="talks-create">
            <CreateTalkForm units={units} />
          </Section>
          <Section title={t('learningTalks.page.title')} id="talks-list">
            {talks.length === 0 ? (
              <Empty>{t('learningTalks.page.empty')}</Empty>
            ) : (
              <Stack gap="sm">
                {talks.map((talk) => (
                  <Card key={talk.id} withBorder padding="sm" component="article" aria-label={talk.unit.name}>
                    <Anchor component={Link} to={`/learning-talks/${talk.id}`} fw={600}>
                      {talk.unit.name} · {formatDate(talk.heldOn)}
                    </Anchor>
                    <Text size="sm" c="gray.8">
                      {t(`learningTalks.cadences.${talk.cadence}`)}
                      {talk.focus ? ` · ${talk.focus}` : ''}
                    </Text>
                  </Card>
                ))}
              </Stack>
            )}
          </Section>
        </>
      )}
    </Stack>
  );
}

function CreateTalkForm({ units }: { units: { id: string; name: string }[] }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [unitId, setUnitId] = useState<string | null>(units.length === 1 ? units[0]!.id : null);
  const [cadence, setCadence] = useState<TalkCadence>('yearly');
  const [heldOn, setHeldOn] = useState(localDay(new Date()));
  const [focus, setFocus] = useState('');
  const create = useMutation({
    mutationFn: () => post<TalkAnswer>('/learning-talks', { unitId, cadence, heldOn, focus }),
    onSuccess: async ({ talk }) => {
      notifySuccess(t('learningTalks.page.created'));
      await queryClient.invalidateQueries({ queryKey: talkKeys.all });
      await navigate({ to: `/learning-talks/${talk.id}` });
    },
  });
  return (
    <FormShell
      onSubmit={(e) => (e.preventDefault(), create.mutate())}
      error={create.error ? errorMessage(t, create.error) : null}
      submitLabel={t('common.actions.create')}
      pending={create.isPending}
    >
      <Select
        label={t('learningTalks.page.unit')}
        required
        searchable
        data={units.map((u) => ({ value: u.id, label: u.name }))}
        value={unitId}
        onChange={setUnitId}
        maw={400}
      />
      <Select
        label={t('learningTalks.page.cadence')}
        data={TALK_CADENCES.map((c) => ({ value: c, label: t(`learningTalks.cadences.${c}`) }))}
        value={cadence}
        onChange={(v) => v && setCadence(v as TalkCadence)}
        allowDeselect={false}
        maw={400}
      />
      <TextInput
        type="date"
        label={t('learningTalks.page.heldOn')}
        required
        value={heldOn}
        onChange={(e) => setHeldOn(e.currentTarget.value)}
        maw={220}
      />
      <Textarea
        label={t('learningTalks.page.focus')}
        description={t('learningTalks.page.focusHint')}
        autosize
        minRows={2}
        value={focus}
        onChange={(e) => setFocus(e.currentTarget.value)}
      />
    </FormShell>
  );
}

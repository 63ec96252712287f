import { Anchor, Group, Radio, Select, Stack, Switch, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import { post, put } from '../../../web/lib/api';
import { FormShell } from '../../../web/forms/form-shell';
import { notifySuccess } from '../../../web/components/notify';
import { PageHeader, Section } from '../../../web/components/page-header';
import { Empty, LoadError, Loading } from '../../../web/components/states';
import type { CultureTrendAnswer } from '../answers';
import { LEADER_REFLECTION_PACKAGE } from '../constants';
import { cultureKeys, useCultureTrend, type CultureSubjectPick } from './api';

const todayIso = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' });

/** /learning-culture: take the beacons' self-assessment, see its trend, and decide whether to share it. */
export function CulturePage() {
  const { t } = useI18n();
  const [pick, setPick] = useState<CultureSubjectPick>(null);
  const trend = useCultureTrend(pick);
  if (trend.isPending) return <Loading />;
  if (trend.isError) return <LoadError error={trend.error} onRetry={() => void trend.refetch()} />;
  const data = trend.data;
  const options = [
    { value: 'me', label: t('learningCulture.mine') },
    ...data.teams.map((tm) => ({
      value: `team:${tm.id}`,
      label: t('learningCulture.team', { name: tm.name }),
    })),
    ...data.sharedWithMe.map((s) => ({
      value: `${s.kind}:${s.ref.id}`,
      label: t(s.kind === 'team' ? 'learningCulture.sharedTeam' : 'learningCulture.sharedPerson', {
        name: s.ref.name,
      }),
    })),
  ];
  const value = pick ? `${pick.kind}:${pick.id}` : 'me';
  return (
    <Stack gap="lg" maw={900}>
      <PageHeader title={t('learningCulture.title')}>
        <Text c="gray.7">{t('learningCulture.intro')}</Text>
      </PageHeader>
      {options.length > 1 && (
        <Select
          label={t('learningCulture.whose')}
          data={options}
          value={value}
          allowDeselect={false}
          maw={400}
          onChange={(v) => {
            if (!v || v === 'me') return setPick(null);
            const [kind, id] = v.split(':') as ['person' | 'team', string];
            setPick({ kind, id });
          }}
        />
      )}
      <TrendSection data={data} />
      {data.can.share ? (
        <ShareSection data={data} pick={pick} />
      ) : (
        <Text>{t('learningCulture.readOnly')}</Text>
      )}
      {data.can.take && <TakeSection data={data} pick={pick} />}
    </Stack>
  );
}

function TrendSection({ data }: { data: CultureTrendAnswer }) {
  const { t, locale, formatDate } = useI18n();
  if (data.assessments.length === 0)
    return (
      <Section title={t('learningCulture.trend')} id="culture-trend">
        <Empty>{t('learningCulture.none')}</Empty>
      </Section>
    );
  const points = (i: number, key: string) =>
    data.assessments[i]!.indices.find((x) => x.key === key)?.points ?? null;
  return (
    <Section title={t('learningCulture.trend')} id="culture-trend">
      <Text size="sm" c="gray.7">
        {t('learningCulture.points')}
      </Text>
      <div role="region" aria-labelledby="culture-trend" tabIndex={0} style={{ overflowX: 'auto' }}>
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('learningCulture.theme')}</Table.Th>
              {data.assessments.map((a) => (
                <Table.Th scope="col" key={a.id} style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                  {formatDate(a.takenOn)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.indices.map((index) => (
              <Table.Tr key={index.key}>
                <Table.Th scope="row" style={{ fontWeight: index.key === 'learningCulture' ? 700 : 400 }}>
                  {index.name[locale]}
                </Table.Th>
                {data.assessments.map((a, i) => (
                  <Table.Td key={a.id} style={{ textAlign: 'right' }}>
                    {points(i, index.key) ?? '–'}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
      {data.assessments.some((a) => a.note) && (
        <Stack gap={4}>
          <Text fw={600}>{t('learningCulture.notes')}</Text>
          {data.assessments
            .filter((a) => a.note)
            .map((a) => (
              <Text key={a.id} size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                <strong>{formatDate(a.takenOn)}:</strong> {a.note}
              </Text>
            ))}
        </Stack>
      )}
    </Section>
  );
}

function ShareSection({ data, pick }: { data: CultureTrendAnswer; pick: CultureSubjectPick }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const share = useMutation({
    mutationFn: (shared: boolean) =>
      put<CultureTrendAnswer>('/learning-culture/share', {
        shared,
        ...(pick?.kind === 'team' ? { teamId: pick.id } : {}),
      }),
    onSuccess: async (answer) => {
      notifySuccess(t(answer.shared ? 'learningCulture.sharedOn' : 'learningCulture.unshared'));
      await queryClient.invalidateQueries({ queryKey: cultureKeys.all });
    },
  });
  const names = data.sharedWith.map((p) => p.name).join(', ');
  return (
    <Section title={t('learningCulture.share')} id="culture-share">
      <Switch
        label={t('learningCulture.share')}
        checked={data.shared}
        disabled={share.isPending || data.sharedWith.length === 0}
        onChange={(e) => share.mutate(e.currentTarget.checked)}
      />
      <Text size="sm" c="gray.7">
        {data.sharedWith.length === 0
          ? t('learningCulture.shareWithNobody')
          : data.shared
            ? t('learningCulture.shareWith', { names })
            : t('learningCulture.private', {
                whom: t(
                  data.subject.kind === 'team' ? 'learningCulture.privateTeam' : 'learningCulture.privateMe',
                ),
              })}
      </Text>
      {share.isError && <Text c="red.8">{errorMessage(t, share.error)}</Text>}
    </Section>
  );
}

function TakeSection({ data, pick }: { data: CultureTrendAnswer; pick: CultureSubjectPick }) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const [scores, setScores] = useState<(number | null)[]>(() => data.items.map(() => null));
  const [takenOn, setTakenOn] = useState(todayIso);
  const [note, setNote] = useState('');
  const [clientKey, setClientKey] = useState(() => crypto.randomUUID());
  const [missing, setMissing] = useState(false);
  const take = useMutation({
    mutationFn: () =>
      post('/learning-culture/assessments', {
        ...(pick?.kind === 'team' ? { teamId: pick.id } : {}),
        takenOn,
        scores,
        note,
        clientKey,
      }),
    onSuccess: async () => {
      notifySuccess(t('learningCulture.saved'));
      setScores(data.items.map(() => null));
      setNote('');
      setClientKey(crypto.randomUUID());
      await queryClient.invalidateQueries({ queryKey: cultureKeys.all });
    },
  });
  return (
    <Section title={t('learningCulture.take')} id="culture-take">
      {data.subject.kind === 'person' && (
        <Text size="sm">
          <Anchor component={Link} to={`/library/b/${LEADER_REFLECTION_PACKAGE}`}>
            {t('learningCulture.reflection')}
          </Anchor>{' '}
          – {t('learningCulture.reflectionHint')}
        </Text>
      )}
      <FormShell
        submitLabel={t('learningCulture.submit')}
        pending={take.isPending}
        error={missing ? t('learningCulture.missing') : take.isError ? errorMessage(t, take.error) : null}
        onSubmit={(e) => {
          e.preventDefault();
          const incomplete = scores.some((s) => s === null);
          setMissing(incomplete);
          if (!incomplete) take.mutate();
        }}
      >
        {data.items.map((item, i) => (
          <Radio.Group
            key={item.key}
            label={item.text[locale]}
            value={scores[i] === null ? '' : String(scores[i])}
            onChange={(v) => setScores((prev) => prev.map((s, j) => (j === i ? Number(v) : s)))}
          >
            <Group gap="md" mt={6}>
              {data.scale.map((s) => (
                <Radio
                  key={s.value}
                  value={String(s.value)}
                  label={String(s.value)}
                  aria-label={s.text[locale]}
                />
              ))}
            </Group>
          </Radio.Group>
        ))}
        <Text size="xs" c="gray.7">
          1 = {data.scale[0]?.text[locale]} · 5 = {data.scale[data.scale.length - 1]?.text[locale]}
        </Text>
        <TextInput
          type="date"
          label={t('learningCulture.takenOn')}
          value={takenOn}
          max={todayIso()}
          onChange={(e) => setTakenOn(e.currentTarget.value)}
          maw={220}
        />
        <Textarea
          label={t('learningCulture.note')}
          description={t('learningCulture.noteHint')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={3}
        />
      </FormShell>
    </Section>
  );
}

import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  MultiSelect,
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
import { post, put } from '../../../web/lib/api';
import { useMe } from '../../../web/lib/session';
import { PageHeader, Section } from '../../../web/components/page-header';
import { Empty, LoadError, Loading } from '../../../web/components/states';
import { useUnits } from '../../org/web/index';
import type { ThresholdsAnswer } from '../answers';
import {
  refreshSurveys,
  useMyInvitations,
  useRoundInstruments,
  useRounds,
  useSendableForums,
  useThresholds,
} from './api';

/**
 * /surveys: one's own invitations, the rounds one may read, sending a round (HR to anyone, a leader to
 * the forums they lead, as the server allows) and for HR the thresholds.
 */
export function SurveysPage() {
  const { t, formatDate } = useI18n();
  const { data: me } = useMe();
  const hr = Boolean(me?.abilities.administer);
  const lead = Boolean(me?.abilities.lead);
  const rounds = useRounds();
  const mine = useMyInvitations();
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('surveys.list.title')}
        actions={
          hr && (
            <Button component={Link} to="/surveys/instruments" variant="light">
              {t('surveys.list.instruments')}
            </Button>
          )
        }
      >
        <Text c="gray.7">{t('surveys.list.intro')}</Text>
      </PageHeader>
      {mine.data && mine.data.invitations.length > 0 && (
        <Section title={t('surveys.list.mine')}>
          <Stack gap="xs">
            {mine.data.invitations.map((i) => (
              <Button key={i.token} component={Link} to={`/s/${i.token}`} size="md" variant="filled">
                {t('surveys.list.answer', { title: i.title })}
              </Button>
            ))}
          </Stack>
        </Section>
      )}
      {(hr || lead) && <OpenRound hr={hr} />}
      <Section title={t('surveys.list.rounds')}>
        {rounds.isPending ? (
          <Loading />
        ) : rounds.isError ? (
          <LoadError error={rounds.error} onRetry={() => void rounds.refetch()} />
        ) : rounds.data.rounds.length === 0 ? (
          <Empty>{t('surveys.list.none')}</Empty>
        ) : (
          <Stack gap="sm">
            {rounds.data.rounds.map((r) => (
              <Card key={r.id} withBorder padding="sm">
                <Group justify="space-between" wrap="wrap">
                  <Anchor component={Link} to={`/surveys/rounds/${r.id}`} fw={600}>
                    {r.title}
                  </Anchor>
                  <Badge color={r.closed ? 'gray' : 'teal'} variant="light">
                    {r.closed
                      ? t('surveys.list.closed')
                      : t('surveys.list.closes', { date: formatDate(r.closesAt) })}
                  </Badge>
                </Group>
                <Text size="sm" c="gray.7">
                  {t('surveys.list.answered', { answered: r.answered, invited: r.invited })}
                </Text>
              </Card>
            ))}
          </Stack>
        )}
      </Section>
      {hr && <Thresholds />}
    </Stack>
  );
}

function OpenRound({ hr }: { hr: boolean }) {
  const { t, locale } = useI18n();
  const lang = locale === 'en' ? 'en' : 'da';
  const qc = useQueryClient();
  const instruments = useRoundInstruments(true);
  const units = useUnits();
  const forums = useSendableForums(true);
  const [instrument, setInstrument] = useState<string | null>('social_capital');
  const [title, setTitle] = useState('');
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [forumIds, setForumIds] = useState<string[]>([]);
  const [days, setDays] = useState<number>(14);
  const [sent, setSent] = useState(false);
  const send = useMutation({
    mutationFn: () =>
      post('/surveys/rounds', { instrument, title: title || undefined, unitIds, forumIds, days }),
    onSuccess: async () => {
      setSent(true);
      setUnitIds([]);
      setForumIds([]);
      await refreshSurveys(qc);
    },
  });
  // The forums grouped by their unit, a team's forum named with its team.
  const forumGroups: { group: string; items: { value: string; label: string }[] }[] = [];
  for (const f of forums.data?.forums ?? []) {
    const item = {
      value: f.id,
      label: f.team ? t('surveys.open.forumOfTeam', { forum: f.name, team: f.team }) : f.name,
    };
    const group = forumGroups.find((g) => g.group === f.unit.name);
    if (group) group.items.push(item);
    else forumGroups.push({ group: f.unit.name, items: [item] });
  }
  if (!hr && forums.data?.forums.length === 0)
    return (
      <Section title={t('surveys.open.title')}>
        <Text c="gray.7">{t('surveys.open.leaderNoForums')}</Text>
      </Section>
    );
  return (
    <Section title={t('surveys.open.title')}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setSent(false);
          send.mutate();
        }}
      >
        <Stack gap="sm" maw={560}>
          {!hr && <Text c="gray.7">{t('surveys.open.leaderIntro')}</Text>}
          {sent && (
            <Alert color="teal" role="status">
              {t('surveys.open.sent')}
            </Alert>
          )}
          {send.isError && (
            <Alert color="red" role="alert">
              {errorMessage(t, send.error)}
            </Alert>
          )}
          <Select
            label={t('surveys.open.instrument')}
            value={instrument}
            onChange={setInstrument}
            data={(instruments.data?.instruments ?? []).map((i) => ({ value: i.key, label: i.name[lang] }))}
          />
          <TextInput
            label={t('surveys.open.roundTitle')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
          />
          {/* A leader sends to forums only (services/rounds.ts): units are HR's targets. */}
          {hr && (
            <MultiSelect
              label={t('surveys.open.units')}
              value={unitIds}
              onChange={setUnitIds}
              searchable
              data={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
            />
          )}
          <MultiSelect
            label={t('surveys.open.forums')}
            description={t('surveys.open.forumsHelp')}
            value={forumIds}
            onChange={setForumIds}
            searchable
            nothingFoundMessage={t('surveys.open.noForums')}
            data={forumGroups}
          />
          <NumberInput
            label={t('surveys.open.days')}
            value={days}
            min={1}
            max={60}
            onChange={(v) => setDays(Number(v) || 14)}
          />
          <Group>
            <Button type="submit" loading={send.isPending}>
              {t('surveys.open.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

function Thresholds() {
  const settings = useThresholds(true);
  if (!settings.data) return null;
  return <ThresholdsForm key={settings.data.settings.version} settings={settings.data.settings} />;
}

function ThresholdsForm({ settings }: { settings: ThresholdsAnswer['settings'] }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [threshold, setThreshold] = useState(settings.threshold);
  const [comments, setComments] = useState(settings.commentThreshold);
  const save = useMutation({
    mutationFn: () =>
      put('/surveys/settings', { threshold, commentThreshold: comments, version: settings.version }),
    onSuccess: () => refreshSurveys(qc),
  });
  return (
    <Section title={t('surveys.list.thresholds')}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Stack gap="sm" maw={420}>
          <Text size="sm" c="gray.7">
            {t('surveys.list.thresholdHelp')}
          </Text>
          {save.isError && (
            <Alert color="red" role="alert">
              {errorMessage(t, save.error)}
            </Alert>
          )}
          <NumberInput
            label={t('surveys.list.threshold')}
            value={threshold}
            min={settings.floor}
            max={50}
            onChange={(v) => setThreshold(Number(v))}
          />
          <NumberInput
            label={t('surveys.list.commentThreshold')}
            value={comments}
            min={settings.floor}
            max={50}
            onChange={(v) => setComments(Number(v))}
          />
          <Group>
            <Button type="submit" variant="light" loading={save.isPending}>
              {t('surveys.list.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

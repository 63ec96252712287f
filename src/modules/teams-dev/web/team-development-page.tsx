import { Alert, Anchor, Badge, Button, Card, Group, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import { get, post } from '../../../web/lib/api';
import { PageHeader, Section } from '../../org/web/components/page-header';
import { LoadError, Loading } from '../../org/web/components/states';

interface Ref {
  id: string;
  name: string;
}
interface TeamDevelopment {
  team: { id: string; name: string; kind: string; isPeerGroup: boolean };
  goalsInFocus: { id: string; title: string; circle: { circleId: string; phase: string } | null }[];
  sharedGoals: { id: string; title: string; owner: Ref }[];
  upcoming: { id: string; startsAt: string }[];
  cadence: { intervalWeeks: number; overdue: boolean; lastHeld: { startsAt: string } | null; proposedStartsAt: string };
  openAgreements: { id: string; text: string; owner: Ref; dueDate: string | null }[];
  members: Ref[];
  leaders: Ref[];
}

const key = (teamId: string) => ['team-development', teamId] as const;

/** /team-development/$teamId: the team's goals in focus, its conversations and open agreements. */
export function TeamDevelopmentPage({ teamId }: { teamId: string }) {
  const { t, formatDate } = useI18n();
  const query = useQuery({ queryKey: key(teamId), queryFn: () => get<TeamDevelopment>(`/teams/${teamId}/development`) });
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const d = query.data;
  return (
    <Stack gap="lg">
      <PageHeader title={t('teamsDev.page.title', { team: d.team.name })} crumbsLabel={t('teamsDev.page.crumbs')} crumbs={[{ label: d.team.name, to: `/teams/${teamId}` }]} />
      <Section title={t('teamsDev.page.goals')} id="team-goals">
        {d.goalsInFocus.length === 0 && <Text c="gray.7">{t('teamsDev.page.goalsEmpty')}</Text>}
        {d.goalsInFocus.map((g) => (
          <Card key={g.id} withBorder padding="sm">
            <Anchor component={Link} to={`/goals/${g.id}`} fw={600}>
              {g.title}
            </Anchor>
            <Text size="sm" c="gray.7">
              {g.circle ? t('teamsDev.page.phase', { phase: t(`inquiry.forms.learning_circle.${g.circle.phase}.title` as never) }) : t('teamsDev.page.noCircle')}
            </Text>
          </Card>
        ))}
        <NewGoal teamId={teamId} />
      </Section>
      <Section title={t('teamsDev.page.conversations')} id="team-conversations">
        {d.upcoming[0] ? (
          <Anchor component={Link} to={`/conversations/${d.upcoming[0].id}`}>
            {t('teamsDev.page.upcoming', { when: formatDate(d.upcoming[0].startsAt, 'dateTime') })}
          </Anchor>
        ) : (
          <Text c="gray.7">{t('teamsDev.page.noUpcoming')}</Text>
        )}
        {d.cadence.lastHeld && <Text size="sm">{t('teamsDev.page.last', { when: formatDate(d.cadence.lastHeld.startsAt) })}</Text>}
        {d.cadence.overdue && (
          <Alert color="yellow">{t('teamsDev.page.overdue', { weeks: String(d.cadence.intervalWeeks), when: formatDate(d.cadence.proposedStartsAt) })}</Alert>
        )}
        <PlanConversation detail={d} />
      </Section>
      <Section title={t('teamsDev.page.shared')} id="team-shared">
        {d.sharedGoals.length === 0 && <Text c="gray.7">{t('teamsDev.page.sharedEmpty')}</Text>}
        {d.sharedGoals.map((g) => (
          <Group key={g.id} gap="xs" wrap="wrap">
            <Anchor component={Link} to={`/goals/${g.id}`}>
              {g.title}
            </Anchor>
            <Badge variant="light" color="gray">
              {g.owner.name}
            </Badge>
          </Group>
        ))}
      </Section>
      <Section title={t('teamsDev.page.agreements')} id="team-agreements">
        {d.openAgreements.length === 0 && <Text c="gray.7">{t('teamsDev.page.agreementsEmpty')}</Text>}
        {d.openAgreements.map((a) => (
          <Stack key={a.id} gap={0}>
            <Text style={{ overflowWrap: 'anywhere' }}>{a.text}</Text>
            <Text size="sm" c="gray.7">
              {a.dueDate ? t('teamsDev.page.owner', { name: a.owner.name, date: formatDate(a.dueDate) }) : t('teamsDev.page.ownerNoDate', { name: a.owner.name })}
            </Text>
          </Stack>
        ))}
      </Section>
    </Stack>
  );
}

function NewGoal({ teamId }: { teamId: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState('');
  const [why, setWhy] = useState('');
  const create = useMutation({
    mutationFn: () => post(`/goals`, { teamId, title, why }),
    onSuccess: async () => {
      setTitle('');
      setWhy('');
      await queryClient.invalidateQueries({ queryKey: key(teamId) });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <form onSubmit={submit} aria-label={t('teamsDev.page.newGoal')}>
      <Stack gap="xs">
        <TextInput label={t('teamsDev.page.goalTitle')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required maxLength={200} />
        <Textarea label={t('teamsDev.page.goalWhy')} value={why} onChange={(e) => setWhy(e.currentTarget.value)} autosize minRows={2} maxLength={2000} />
        {create.isError && <Alert color="red">{errorMessage(t, create.error)}</Alert>}
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('teamsDev.page.newGoal')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function PlanConversation({ detail }: { detail: TeamDevelopment }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [when, setWhen] = useState(detail.cadence.proposedStartsAt.slice(0, 16));
  const [facilitator, setFacilitator] = useState<string | null>(null);
  const [location, setLocation] = useState('');
  const people = [...detail.members, ...detail.leaders];
  const plan = useMutation({
    mutationFn: () =>
      post<{ conversation: { id: string } }>('/conversations', {
        kind: detail.team.isPeerGroup ? 'peer_group' : 'team',
        teamId: detail.team.id,
        facilitatorId: facilitator,
        startsAt: new Date(when).toISOString(),
        location,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(detail.team.id) }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    plan.mutate();
  };
  return (
    <form onSubmit={submit} aria-label={t('teamsDev.page.plan')}>
      <Stack gap="xs">
        <TextInput type="datetime-local" label={t('teamsDev.page.when')} value={when} onChange={(e) => setWhen(e.currentTarget.value)} required />
        <Select label={t('teamsDev.page.facilitator')} data={people.map((p) => ({ value: p.id, label: p.name }))} value={facilitator} onChange={setFacilitator} required={!detail.team.isPeerGroup} clearable />
        <TextInput label={t('teamsDev.page.location')} value={location} onChange={(e) => setLocation(e.currentTarget.value)} maxLength={200} />
        {plan.isError && <Alert color="red">{errorMessage(t, plan.error)}</Alert>}
        <Group>
          <Button type="submit" loading={plan.isPending}>
            {t('teamsDev.page.plan')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { Anchor, Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from '@tanstack/react-router';
import { useI18n } from '../../../web/i18n';
import { PageHeader, Section } from '../../../web/components/page-header';
import { Empty, LoadError, Loading } from '../../../web/components/states';
import type { QualityTeamAnswer, TrialSummary } from '../answers';
import { useQualityTeam } from './api';
import { MeasureForm, TitleForm, TrialForm } from './add-forms';

/** /quality/teams/$teamId: the team's roles and rhythm, points → actions → trials, measures and data work. */
export function QualityTeamPage() {
  const { teamId } = useParams({ strict: false }) as { teamId: string };
  const { t, formatDate, formatNumber } = useI18n();
  const team = useQualityTeam(teamId);
  if (team.isPending) return <Loading />;
  if (team.isError) return <LoadError error={team.error} onRetry={() => void team.refetch()} />;
  const d = team.data;
  const measures = d.measures.map((m) => ({ id: m.id, name: m.name }));
  return (
    <Stack gap="lg" maw={960}>
      <PageHeader
        title={d.team.name}
        crumbs={[{ label: t('quality.list.title'), to: '/quality' }]}
        crumbsLabel={t('quality.nav')}
      >
        <Text c="gray.7">{d.team.unit?.name}</Text>
      </PageHeader>
      <Section title={t('quality.team.roles')} id="quality-roles">
        <List>
          {d.roles.map((r) => (
            <List.Item key={r.person.id}>
              {r.person.name} – {t(`quality.roles.${r.role}`)}
            </List.Item>
          ))}
        </List>
      </Section>
      <Rhythm team={d} />
      <Section title={t('quality.team.points')} id="quality-points">
        <Stack gap="md">
          {d.points.length === 0 && <Empty>{t('quality.team.pointsEmpty')}</Empty>}
          {d.points.map((p) => (
            <Card key={p.id} withBorder component="article" aria-labelledby={`point-${p.id}`}>
              <Stack gap="sm">
                <Title order={3} size="h4" id={`point-${p.id}`}>
                  {p.title}
                </Title>
                {p.description && <Text size="sm">{p.description}</Text>}
                {p.actions.map((a) => (
                  <Card key={a.id} withBorder bg="gray.0">
                    <Stack gap="xs">
                      <Title order={4} size="h5">
                        {a.title}
                      </Title>
                      {a.trials.map((trial) => (
                        <TrialLine key={trial.id} trial={trial} />
                      ))}
                      {d.can.edit && <TrialForm actionId={a.id} measures={measures} />}
                    </Stack>
                  </Card>
                ))}
                {d.can.edit && (
                  <TitleForm open={t('quality.team.addAction')} path={`/quality/points/${p.id}/actions`} />
                )}
              </Stack>
            </Card>
          ))}
          {d.can.edit && (
            <TitleForm open={t('quality.team.addPoint')} path={`/quality/teams/${d.team.id}/points`} />
          )}
        </Stack>
      </Section>
      <Section title={t('quality.team.measures')} id="quality-measures">
        <Stack gap="sm">
          {d.measures.length === 0 && <Empty>{t('quality.team.measuresEmpty')}</Empty>}
          {d.measures.map((m) => (
            <Card key={m.id} withBorder>
              <Anchor component={Link} to={`/quality/measures/${m.id}`} fw={600}>
                {m.name}
              </Anchor>
              <Text size="sm" c="gray.7">
                {t('quality.team.points_count', { n: m.points })}
                {m.latest &&
                  ` · ${t('quality.team.latest', { value: formatNumber(m.latest.value), date: formatDate(m.latest.on) })}`}
              </Text>
            </Card>
          ))}
          {d.can.edit && <MeasureForm teamId={d.team.id} />}
        </Stack>
      </Section>
      <Section title={t('quality.team.dataWorks')} id="quality-data-work">
        <Stack gap="sm">
          {d.dataWorks.length === 0 && <Empty>{t('quality.team.dataWorksEmpty')}</Empty>}
          {d.dataWorks.map((w) => (
            <Anchor key={w.id} component={Link} to={`/quality/data-work/${w.id}`}>
              {w.title}
            </Anchor>
          ))}
          {d.can.edit && (
            <TitleForm
              open={t('quality.team.addDataWork')}
              path={`/quality/teams/${d.team.id}/data-work`}
              measureIds={measures.map((m) => m.id)}
            />
          )}
        </Stack>
      </Section>
    </Stack>
  );
}

function TrialLine({ trial }: { trial: TrialSummary }) {
  const { t } = useI18n();
  return (
    <Group gap="xs" wrap="wrap">
      <Anchor component={Link} to={`/quality/trials/${trial.id}`}>
        {trial.title}
      </Anchor>
      <Badge variant="light" color={trial.outcome === 'improved' ? 'teal' : 'gray'} tt="none">
        {t(`quality.outcome.${trial.outcome ?? 'none'}`)}
      </Badge>
      {trial.conclusion && (
        <Badge variant="outline" tt="none">
          {t(`quality.conclusion.${trial.conclusion}`)}
        </Badge>
      )}
    </Group>
  );
}

function Rhythm({ team }: { team: QualityTeamAnswer }) {
  const { t, formatDate } = useI18n();
  const c = team.cadence;
  return (
    <Section title={t('quality.team.rhythm')} id="quality-rhythm">
      <Stack gap="xs">
        <Text>{t('quality.team.rhythmText', { weeks: c.intervalWeeks })}</Text>
        {c.lastHeld && (
          <Text size="sm">{t('quality.team.lastHeld', { date: formatDate(c.lastHeld.startsAt) })}</Text>
        )}
        <Text size="sm">
          {c.nextPlanned
            ? t('quality.team.nextPlanned', { date: formatDate(c.nextPlanned.startsAt) })
            : t('quality.team.noneYet')}
        </Text>
        <Button
          component={Link}
          to={`/team-development/${team.team.id}`}
          variant="default"
          style={{ alignSelf: 'flex-start' }}
        >
          {t('quality.team.meetings')}
        </Button>
      </Stack>
    </Section>
  );
}

import { Alert, Anchor, Button, Card, Select, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { ApiError, post } from '../../../web/lib/api';
import { newIdempotencyKey } from '../../../web/lib/idempotency-key';
import { errorMessage, useI18n } from '../../../web/i18n';
import { PageHeader, Section } from '../../../web/components/page-header';
import { Empty, LoadError, Loading } from '../../../web/components/states';
import { PersonPicker } from '../../org/web/index';
import { QUALITY_ROLES, type QualityRole } from '../constants';
import { refreshQuality, useQualityTeams } from './api';

/** /quality: the quality teams whose work I read, and (for a unit's leader) a new one with its four roles. */
export function QualityPage() {
  const { t } = useI18n();
  const teams = useQualityTeams();
  return (
    <Stack gap="lg" maw={900}>
      <PageHeader title={t('quality.list.title')}>
        <Text c="gray.7">{t('quality.list.intro')}</Text>
      </PageHeader>
      <Section title={t('quality.list.title')} id="quality-teams">
        {teams.isPending ? (
          <Loading />
        ) : teams.isError ? (
          <LoadError error={teams.error} onRetry={() => void teams.refetch()} />
        ) : teams.data.teams.length === 0 ? (
          <Empty>{t('quality.list.empty')}</Empty>
        ) : (
          <Stack gap="sm">
            {teams.data.teams.map((team) => (
              <Card key={team.id} withBorder>
                <Anchor component={Link} to={`/quality/teams/${team.id}`} fw={600}>
                  {team.name}
                </Anchor>
                <Text size="sm" c="gray.7">
                  {team.unit?.name}
                  {' · '}
                  {team.myRole
                    ? t('quality.list.myRole', { role: t(`quality.roles.${team.myRole}`) })
                    : t('quality.list.leaderOf')}
                </Text>
              </Card>
            ))}
          </Stack>
        )}
      </Section>
      {teams.data && teams.data.units.length > 0 && <CreateTeam units={teams.data.units} />}
    </Stack>
  );
}

function CreateTeam({ units }: { units: { id: string; name: string }[] }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [unitId, setUnitId] = useState<string | null>(units[0]?.id ?? null);
  const [people, setPeople] = useState<Partial<Record<QualityRole, string | null>>>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // One key for this form until a refusal: a double tap on create makes one team.
  const [key, setKey] = useState(newIdempotencyKey);
  async function create() {
    setError(null);
    setSaving(true);
    try {
      const roles = QUALITY_ROLES.filter((r) => people[r]).map((role) => ({ personId: people[role]!, role }));
      const created = await post<{ id: string }>(
        '/quality/teams',
        { name, unitId, roles },
        { idempotencyKey: key },
      );
      await refreshQuality(queryClient);
      await navigate({ to: '/quality/teams/$teamId', params: { teamId: created.id } });
    } catch (err) {
      if (err instanceof ApiError && err.status >= 400 && err.status < 500) setKey(newIdempotencyKey());
      setError(errorMessage(t, err));
    } finally {
      setSaving(false);
    }
  }
  return (
    <Section title={t('quality.list.create')} id="quality-create">
      <Stack gap="sm" maw={480}>
        <TextInput
          label={t('quality.list.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
        />
        <Select
          label={t('quality.list.unit')}
          data={units.map((u) => ({ value: u.id, label: u.name }))}
          value={unitId}
          onChange={setUnitId}
        />
        {QUALITY_ROLES.map((role) => (
          <PersonPicker
            key={role}
            label={t('quality.list.rolePerson', { role: t(`quality.roles.${role}`) })}
            value={people[role] ?? null}
            onChange={(id) => setPeople((p) => ({ ...p, [role]: id }))}
          />
        ))}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Button onClick={() => void create()} loading={saving} style={{ alignSelf: 'flex-start' }}>
          {t('quality.list.submit')}
        </Button>
      </Stack>
    </Section>
  );
}

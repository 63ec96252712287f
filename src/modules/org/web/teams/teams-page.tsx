import { Anchor, Box, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useI18n } from '../../../../web/i18n';
import { useMe } from '../../../../web/lib/session';
import type { TeamRow } from '../../answers';
import { useTeams } from '../api';
import { Empty, LoadError, Loading } from '../../../../web/components/states';
import { CreateTeamModal } from './team-form-modals';

/** The teams one may see: one's own, those of units one leads, or all for admins. */
export function TeamsPage() {
  const { t, locale } = useI18n();
  const { data: me } = useMe();
  const teams = useTeams();
  const [creating, setCreating] = useState(false);
  // Admins create any team; leaders create teams in the units they lead (the server checks which).
  const canCreate = (me?.abilities.administer || me?.abilities.lead) ?? false;
  const collator = new Intl.Collator(locale);
  const sorted = [...(teams.data ?? [])].sort((a, b) => collator.compare(a.name, b.name));

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={2}>{t('org.teams.title')}</Title>
          <Text c="gray.7">{t('org.teams.intro')}</Text>
        </Stack>
        {canCreate && <Button onClick={() => setCreating(true)}>{t('org.teams.create')}</Button>}
      </Group>
      {teams.isPending ? (
        <Loading />
      ) : teams.isError ? (
        <LoadError error={teams.error} onRetry={() => void teams.refetch()} />
      ) : sorted.length === 0 ? (
        <Empty>{t('org.teams.empty')}</Empty>
      ) : (
        <TeamList teams={sorted} />
      )}
      {canCreate && <CreateTeamModal opened={creating} onClose={() => setCreating(false)} />}
    </Stack>
  );
}

function TeamList({ teams }: { teams: TeamRow[] }) {
  const { t, formatNumber } = useI18n();
  const unit = (team: TeamRow) => team.unitName ?? t('org.teams.crossUnit');
  const members = (team: TeamRow) =>
    team.memberCount === 1
      ? t('org.teams.membersOne')
      : t('org.teams.membersOther', { count: formatNumber(team.memberCount) });
  const link = (team: TeamRow) => (
    <Anchor component={Link} to={`/teams/${team.id}`} fw={500}>
      {team.name}
    </Anchor>
  );
  return (
    <>
      <Box visibleFrom="sm">
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('org.teams.columns.name')}</Table.Th>
              <Table.Th scope="col">{t('org.teams.columns.kind')}</Table.Th>
              <Table.Th scope="col">{t('org.teams.columns.unit')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('org.teams.columns.members')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {teams.map((team) => (
              <Table.Tr key={team.id}>
                <Table.Td>{link(team)}</Table.Td>
                <Table.Td>{t(`common.teamKinds.${team.kind}`)}</Table.Td>
                <Table.Td>{unit(team)}</Table.Td>
                <Table.Td ta="right">{formatNumber(team.memberCount)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <Stack hiddenFrom="sm" gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {teams.map((team) => (
          <Card key={team.id} withBorder padding="sm" component="li">
            <div>{link(team)}</div>
            <Text size="sm">{t(`common.teamKinds.${team.kind}`)}</Text>
            <Text size="sm" c="gray.7">
              {unit(team)} · {members(team)}
            </Text>
          </Card>
        ))}
      </Stack>
    </>
  );
}

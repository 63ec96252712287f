import { Alert, Anchor, Badge, Button, Group, List, Stack, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useI18n } from '../../../../web/i18n';
import { useMe } from '../../../../web/lib/session';
import { usePerson } from '../api';
import { PageHeader, Section } from '../../../../web/components/page-header';
import { Empty, LoadError, Loading } from '../../../../web/components/states';
import { EditPersonModal } from './edit-person-modal';
import { AddRoleModal, MovePersonModal } from './membership-modals';
import { PersonMemberships } from './person-memberships';
import { ActiveToggle, InviteButton } from './person-status-actions';

type Dialog = 'edit' | 'addRole' | 'move' | null;

/** A person's record: profile, places in the organisation, nearest leaders and teams. */
export function PersonPage({ personId }: { personId: string }) {
  const { t, formatDate } = useI18n();
  const { data: me } = useMe();
  const query = usePerson(personId);
  const [dialog, setDialog] = useState<Dialog>(null);

  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const record = query.data;
  const { person, can, relation } = record;
  const canListPeople = (me?.abilities.administer || me?.abilities.lead) ?? false;
  const close = () => setDialog(null);
  const notGiven = (
    <Text span c="gray.7">
      {t('org.person.none')}
    </Text>
  );

  return (
    <Stack gap="lg">
      <PageHeader
        title={person.name}
        crumbsLabel={t('org.breadcrumbs')}
        crumbs={canListPeople ? [{ label: t('org.person.backToPeople'), to: '/people' }] : []}
        actions={
          <>
            {can.update && (
              <Button variant="default" onClick={() => setDialog('edit')}>
                {t('org.person.edit')}
              </Button>
            )}
            {can.invite && person.active && <InviteButton record={record} />}
            {can.update && relation !== 'self' && <ActiveToggle record={record} />}
          </>
        }
      >
        <Group gap="xs">
          {person.jobTitle && <Text c="gray.7">{person.jobTitle}</Text>}
          {!person.active && (
            <Badge variant="outline" color="gray">
              {t('org.person.inactive')}
            </Badge>
          )}
        </Group>
      </PageHeader>

      <Alert color={relation === 'self' ? 'gray' : 'blue'} variant="light">
        {t(`org.person.relation.${relation}`)}
      </Alert>

      <Section title={t('org.person.profile')} id="person-profile">
        <Table variant="vertical" layout="fixed" withTableBorder maw={640}>
          <Table.Tbody>
            <ProfileRow label={t('org.person.email')}>
              {person.email ? <Anchor href={`mailto:${person.email}`}>{person.email}</Anchor> : notGiven}
            </ProfileRow>
            <ProfileRow label={t('org.person.employeeNumber')}>
              {person.employeeNumber ?? notGiven}
            </ProfileRow>
            <ProfileRow label={t('org.person.jobTitle')}>{person.jobTitle ?? notGiven}</ProfileRow>
            <ProfileRow label={t('org.person.language')}>{t(`common.languages.${person.locale}`)}</ProfileRow>
            <ProfileRow label={t('org.person.lastSignIn')}>
              {person.lastSignInAt
                ? formatDate(person.lastSignInAt, 'dateTime')
                : t('org.person.neverSignedIn')}
            </ProfileRow>
            <ProfileRow label={t('org.person.signIn')}>
              {person.hasPassword ? t('org.person.hasPassword') : t('org.person.noPassword')}
            </ProfileRow>
          </Table.Tbody>
        </Table>
      </Section>

      <Section title={t('org.person.memberships')} id="person-memberships">
        {can.manageRoles && (
          <Group gap="xs">
            <Button variant="default" onClick={() => setDialog('addRole')}>
              {t('org.person.addRole')}
            </Button>
            {record.memberships.length > 0 && (
              <Button variant="default" onClick={() => setDialog('move')}>
                {t('org.person.move')}
              </Button>
            )}
          </Group>
        )}
        <PersonMemberships record={record} />
      </Section>

      <Section title={t('org.person.nearestLeaders')} id="person-leaders">
        {record.nearestLeaders.length === 0 ? (
          <Empty>{t('org.person.noLeaders')}</Empty>
        ) : (
          <List listStyleType="none" p={0} spacing={4}>
            {record.nearestLeaders.map((l) => (
              <List.Item key={l.id}>{l.name}</List.Item>
            ))}
          </List>
        )}
      </Section>

      <Section title={t('org.person.teams')} id="person-teams">
        {record.teams.length === 0 ? (
          <Empty>{t('org.person.noTeams')}</Empty>
        ) : (
          <List listStyleType="none" p={0} spacing={4}>
            {record.teams.map((team) => (
              <List.Item key={team.id}>
                <Anchor component={Link} to={`/teams/${team.id}`}>
                  {team.name}
                </Anchor>{' '}
                <Text span size="sm" c="gray.7">
                  · {t(`common.teamKinds.${team.kind}`)}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Section>

      {can.update && <EditPersonModal person={person} opened={dialog === 'edit'} onClose={close} />}
      {can.manageRoles && (
        <>
          <AddRoleModal record={record} opened={dialog === 'addRole'} onClose={close} />
          <MovePersonModal record={record} opened={dialog === 'move'} onClose={close} />
        </>
      )}
    </Stack>
  );
}

function ProfileRow({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Table.Tr>
      {/* A long Danish label ("Medarbejdernummer") breaks inside the column instead of running into the value. */}
      <Table.Th scope="row" w="38%" style={{ overflowWrap: 'anywhere', hyphens: 'auto' }}>
        {label}
      </Table.Th>
      <Table.Td style={{ overflowWrap: 'anywhere' }}>{children}</Table.Td>
    </Table.Tr>
  );
}

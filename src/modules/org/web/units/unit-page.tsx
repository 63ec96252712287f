import { Anchor, Badge, Button, Group, List, Stack, Text } from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useI18n } from '../../../../web/i18n';
import { useMe } from '../../../../web/lib/session';
import { useUnit } from '../api';
import { PageHeader, Section } from '../../../../web/components/page-header';
import { Empty, LoadError, Loading } from '../../../../web/components/states';
import { EditUnitModal } from './unit-form-modals';
import { UnitMembers } from './unit-members';
import { DeleteUnitModal, MoveUnitModal } from './unit-move-delete';

type Dialog = 'edit' | 'move' | 'delete' | null;

/** One unit: where it sits, what is under it, its people and its teams. */
export function UnitPage({ unitId }: { unitId: string }) {
  const { t, formatNumber } = useI18n();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const query = useUnit(unitId);
  const [dialog, setDialog] = useState<Dialog>(null);

  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const detail = query.data;
  const { unit, can } = detail;
  const canManageMembers = can.update || (me?.abilities.administer ?? false);
  const linkPeople = (me?.abilities.administer || me?.abilities.lead) ?? false;
  const parent = detail.path.at(-1);
  const close = () => setDialog(null);

  return (
    <Stack gap="lg">
      <PageHeader
        title={unit.name}
        crumbsLabel={t('org.unit.breadcrumbs')}
        crumbs={[
          { label: t('org.units.title'), to: '/units' },
          ...detail.path.map((p) => ({ label: p.name, to: `/units/${p.id}` })),
        ]}
        actions={
          <>
            {can.update && (
              <>
                <Button variant="default" onClick={() => setDialog('edit')}>
                  {t('common.actions.edit')}
                </Button>
                <Button variant="default" onClick={() => setDialog('move')}>
                  {t('common.actions.move')}
                </Button>
              </>
            )}
            {can.delete && (
              <Button variant="default" color="red.9" onClick={() => setDialog('delete')}>
                {t('common.actions.delete')}
              </Button>
            )}
          </>
        }
      >
        <Group gap="xs">
          <Badge variant="light" color="gray">
            {t(`common.unitKinds.${unit.kind}`)}
          </Badge>
          {unit.externalId && (
            <Text size="sm" c="gray.7">
              {t('org.unit.externalId', { id: unit.externalId })}
            </Text>
          )}
        </Group>
      </PageHeader>

      <Section title={t('org.unit.members')} id="unit-members">
        <UnitMembers detail={detail} canManage={canManageMembers} linkPeople={linkPeople} />
      </Section>

      <Section title={t('org.unit.children')} id="unit-children">
        {detail.children.length === 0 ? (
          <Empty>{t('org.unit.noChildren')}</Empty>
        ) : (
          <List spacing={6} listStyleType="none" p={0}>
            {detail.children.map((c) => (
              <List.Item key={c.id}>
                <Anchor component={Link} to={`/units/${c.id}`}>
                  {c.name}
                </Anchor>{' '}
                <Text span size="sm" c="gray.7">
                  · {t(`common.unitKinds.${c.kind}`)} ·{' '}
                  {c.memberCount === 1
                    ? t('org.units.membersOne')
                    : t('org.units.membersOther', { count: formatNumber(c.memberCount) })}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Section>

      <Section title={t('org.unit.teams')} id="unit-teams">
        {detail.teams.length === 0 ? (
          <Empty>{t('org.unit.noTeams')}</Empty>
        ) : (
          <List spacing={6} listStyleType="none" p={0}>
            {detail.teams.map((team) => (
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

      <EditUnitModal unit={dialog === 'edit' ? unit : null} onClose={close} />
      <MoveUnitModal unit={dialog === 'move' ? unit : null} onClose={close} />
      <DeleteUnitModal
        unit={dialog === 'delete' ? unit : null}
        onClose={close}
        onDeleted={() => void navigate({ to: parent ? `/units/${parent.id}` : '/units' })}
      />
    </Stack>
  );
}

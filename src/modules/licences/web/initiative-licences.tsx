import { Anchor, Badge, Button, Card, Group, Stack, Text, type MantineSize } from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useI18n } from '../../../web/i18n';
import { Section } from '../../../web/components/page-header';
import { Empty, LoadError, Loading } from '../../../web/components/states';
import type { Ref } from '../../../shared/answers';
import type { LicenceDefinition } from '../answers';
import { useInitiativeDefinitions } from './api';
import { DefinitionFormModal } from './definition-form-modal';

/** "From the competence initiative: <title>" on a licence and on the board, linking to the initiative. */
export function InitiativeLink({ initiative, size }: { initiative: Ref | null; size?: MantineSize }) {
  const { t } = useI18n();
  if (!initiative) return null;
  return (
    <Text size={size ?? 'sm'} fw={400}>
      {t('licences.page.initiative')}{' '}
      <Anchor component={Link} to={`/initiatives/${initiative.id}`} size={size ?? 'sm'}>
        {initiative.name}
      </Anchor>
    </Text>
  );
}

/** A licence in a list: its task (linking to it), its unit, optionally its board, and its requirement. */
export function DefinitionCard({
  definition: d,
  withBoard,
}: {
  definition: LicenceDefinition;
  withBoard?: boolean;
}) {
  const { t } = useI18n();
  return (
    <Card withBorder padding="sm">
      <Group justify="space-between" wrap="wrap">
        <Stack gap={2}>
          <Anchor component={Link} to={`/licences/${d.id}`} fw={600}>
            {d.task}
          </Anchor>
          <Text size="sm" c="gray.7">
            {t('licences.page.unit', { name: d.unit.name })}
          </Text>
          {withBoard && (
            <Anchor component={Link} to={`/licences/boards/${d.unit.id}`} size="sm">
              {t('licences.initiativeLicences.board')}
            </Anchor>
          )}
        </Stack>
        <Badge variant="light" color="blue" c="blue.9">
          {d.requiredLevel
            ? t('licences.page.required', { level: d.requiredLevel })
            : t('licences.page.noRequired')}
        </Badge>
      </Group>
    </Card>
  );
}

/**
 * On an initiative's page: the licences for its task, each with its board, and — for the
 * initiative's owners — a licence described for the task, linked to the initiative.
 */
export function InitiativeLicences(props: {
  initiative: { id: string; unitId: string; title: string };
  canDefine: boolean;
}) {
  const { t } = useI18n();
  const query = useInitiativeDefinitions(props.initiative.id);
  const navigate = useNavigate();
  const [defining, setDefining] = useState(false);
  const units = query.data?.units ?? [];
  const canDefine = props.canDefine && units.length > 0;
  return (
    <Section title={t('licences.initiativeLicences.title')} id="initiative-licences">
      <Text size="sm" c="gray.8" mb="xs">
        {t('licences.initiativeLicences.intro')}
      </Text>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.definitions.length === 0 ? (
        <Empty>{t('licences.initiativeLicences.empty')}</Empty>
      ) : (
        <Stack gap="sm">
          {query.data.definitions.map((d) => (
            <DefinitionCard key={d.id} definition={d} withBoard />
          ))}
        </Stack>
      )}
      {canDefine && (
        <Group>
          <Button variant="default" onClick={() => setDefining(true)}>
            {t('licences.initiativeLicences.define')}
          </Button>
        </Group>
      )}
      <DefinitionFormModal
        opened={defining}
        onClose={() => setDefining(false)}
        units={units}
        initiative={{
          id: props.initiative.id,
          unitId: props.initiative.unitId,
          task: props.initiative.title,
        }}
        onSaved={(id) => void navigate({ to: `/licences/${id}` })}
      />
    </Section>
  );
}

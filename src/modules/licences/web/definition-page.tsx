import { Anchor, Button, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useI18n } from '../../../web/i18n';
import { useMe } from '../../../web/lib/session';
import { PageHeader, Section } from '../../../web/components/page-header';
import { InitiativeLink } from './initiative-licences';
import { Empty, LoadError, Loading } from '../../../web/components/states';
import { LICENCE_LEVELS } from '../constants';
import { useDefinition } from './api';
import { DefinitionFormModal } from './definition-form-modal';
import { PlanReviewModal } from './plan-review-modal';
import { useLicenceTexts } from './status';

/** /licences/$definitionId: what the levels mean for the task, its requirement, and the reviews one may open. */
export function DefinitionPage() {
  const { t, formatDate } = useI18n();
  const texts = useLicenceTexts();
  const { data: me } = useMe();
  const { definitionId } = useParams({ strict: false }) as { definitionId: string };
  const query = useDefinition(definitionId);
  const [editing, setEditing] = useState(false);
  const [planning, setPlanning] = useState(false);
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const { definition: d, reviews, people, reviewers } = query.data;

  return (
    <Stack gap="lg" maw={900}>
      <PageHeader
        title={d.task}
        crumbs={[{ label: t('licences.page.title'), to: '/licences' }]}
        crumbsLabel={t('licences.definition.crumbs')}
        actions={
          <>
            {d.can.edit && (
              <Button variant="default" onClick={() => setEditing(true)}>
                {t('licences.definition.edit')}
              </Button>
            )}
            {d.can.review && (
              <Button onClick={() => setPlanning(true)}>{t('licences.definition.plan')}</Button>
            )}
          </>
        }
      >
        <Text c="gray.8">{t('licences.page.unit', { name: d.unit.name })}</Text>
        <InitiativeLink initiative={d.initiative} />
        {d.description && <Text>{d.description}</Text>}
        <Anchor component={Link} to={`/licences/boards/${d.unit.id}`}>
          {t('licences.definition.board')}
        </Anchor>
      </PageHeader>

      <Section title={t('licences.definition.levels')}>
        <Stack gap="sm">
          {[...LICENCE_LEVELS].reverse().map((level) => (
            <Card key={level} withBorder padding="sm">
              <Title order={4} size="h5">
                {texts.levelName(level)}
              </Title>
              <Text>{d.meanings[level]}</Text>
              <Text size="sm" c="gray.7">
                {texts.levelMeaning(level)}
              </Text>
            </Card>
          ))}
        </Stack>
        <List mt="sm" spacing={4}>
          {d.requiredLevel && (
            <List.Item>
              {t('licences.definition.required', { level: d.requiredLevel })} —{' '}
              {d.belowRequired === 'refuse' ? t('licences.definition.refuse') : t('licences.definition.warn')}
            </List.Item>
          )}
          {d.validityMonths && (
            <List.Item>{t('licences.definition.validity', { months: d.validityMonths })}</List.Item>
          )}
        </List>
      </Section>

      <Section title={t('licences.definition.reviews')}>
        {reviews.length === 0 ? (
          <Empty>{t('licences.definition.reviewsEmpty')}</Empty>
        ) : (
          <Table>
            <Table.Tbody>
              {reviews.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/licences/reviews/${r.id}`}>
                      {r.person.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{formatDate(r.startsAt, 'dateTime')}</Table.Td>
                  <Table.Td>{r.reviewer.name}</Table.Td>
                  <Table.Td>
                    {r.decision
                      ? r.level
                        ? t('licences.definition.decided', {
                            decision: texts.decision(r.decision),
                            level: r.level,
                          })
                        : texts.decision(r.decision)
                      : t('licences.definition.planned')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>

      <DefinitionFormModal
        opened={editing}
        onClose={() => setEditing(false)}
        units={[d.unit]}
        definition={d}
      />
      {me && (
        <PlanReviewModal
          opened={planning}
          onClose={() => setPlanning(false)}
          definitionId={d.id}
          people={people}
          reviewers={reviewers}
          myId={me.person.id}
        />
      )}
      <Group />
    </Stack>
  );
}

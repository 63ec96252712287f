import { Anchor, Button, List, Stack, Text } from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useI18n } from '../../../web/i18n';
import { useMe } from '../../../web/lib/session';
import { PageHeader, Section } from '../../../web/components/page-header';
import { Empty, LoadError, Loading } from '../../../web/components/states';
import { LICENCE_INTRO } from '../content';
import { useDefinitions } from './api';
import { DefinitionFormModal } from './definition-form-modal';
import { DefinitionCard } from './initiative-licences';
import { PersonLicences } from './person-licences';

/** /licences: my licences, the licences of my workplaces, their boards; leaders and HR describe new ones. */
export function LicencesPage() {
  const { t, locale } = useI18n();
  const { data: me } = useMe();
  const query = useDefinitions();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const units = query.data?.units ?? [];

  return (
    <Stack gap="lg" maw={900}>
      <PageHeader
        title={t('licences.page.title')}
        actions={
          units.length > 0 ? (
            <Button onClick={() => setCreating(true)}>{t('licences.page.define')}</Button>
          ) : undefined
        }
      >
        <Text c="gray.8">{LICENCE_INTRO[locale]}</Text>
      </PageHeader>
      {me && <PersonLicences personId={me.person.id} own />}
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <Section title={t('licences.page.definitions')}>
            {query.data.definitions.length === 0 ? (
              <Empty>{t('licences.page.definitionsEmpty')}</Empty>
            ) : (
              <Stack gap="sm">
                {query.data.definitions.map((d) => (
                  <DefinitionCard key={d.id} definition={d} />
                ))}
              </Stack>
            )}
          </Section>
          {query.data.boards.length > 0 && (
            <Section title={t('licences.page.boards')}>
              <List>
                {query.data.boards.map((b) => (
                  <List.Item key={b.id}>
                    <Anchor component={Link} to={`/licences/boards/${b.id}`}>
                      {t('licences.page.board', { name: b.name })}
                    </Anchor>
                  </List.Item>
                ))}
              </List>
            </Section>
          )}
        </>
      )}
      <DefinitionFormModal
        opened={creating}
        onClose={() => setCreating(false)}
        units={units}
        onSaved={(id) => void navigate({ to: `/licences/${id}` })}
      />
    </Stack>
  );
}

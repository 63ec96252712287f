import { Alert, Button, Checkbox, List, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import { post } from '../../../web/lib/api';
import { PageHeader } from '../../../web/components/page-header';
import { PersonPicker } from '../../org/web/index';
import type { ErasureAnswer } from '../answers';

/** /privacy/erasure: an organisation admin answers an erasure request, preview first. */
export function ErasurePage() {
  const { t } = useI18n();
  const [personId, setPersonId] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [done, setDone] = useState<ErasureAnswer | null>(null);
  const preview = useMutation({
    mutationFn: (id: string) => post<ErasureAnswer>(`/privacy/erasures/${id}/preview`),
  });
  const apply = useMutation({
    mutationFn: (id: string) => post<ErasureAnswer>(`/privacy/erasures/${id}`, { confirm: true }),
    onSuccess: (answer) => {
      setDone(answer);
      preview.reset();
      setPersonId(null);
      setConfirmed(false);
    },
  });
  const shown = preview.data;
  const error = preview.error ?? apply.error;
  return (
    <Stack gap="md" maw={720}>
      <PageHeader title={t('privacy.erasure.title')}>
        <Text c="gray.7">{t('privacy.erasure.intro')}</Text>
      </PageHeader>
      {done && (
        <Alert color="green" role="status">
          {t('privacy.erasure.done', { name: done.person.name })}
        </Alert>
      )}
      {error && (
        <Alert color="red" role="alert">
          {errorMessage(t, error)}
        </Alert>
      )}
      <PersonPicker
        label={t('privacy.erasure.person')}
        value={personId}
        onChange={(id) => {
          setPersonId(id);
          setConfirmed(false);
          preview.reset();
        }}
      />
      <div>
        <Button
          disabled={!personId}
          loading={preview.isPending}
          onClick={() => personId && preview.mutate(personId)}
        >
          {t('privacy.erasure.preview')}
        </Button>
      </div>
      {shown && (
        <Stack gap="sm">
          <Title order={2} size="h3">
            {t('privacy.erasure.removed')}
          </Title>
          {Object.keys(shown.removed).length === 0 ? (
            <Text>{t('privacy.erasure.nothing')}</Text>
          ) : (
            <List>
              {Object.entries(shown.removed).map(([kind, count]) => (
                <List.Item key={kind}>
                  {kind}: {count}
                </List.Item>
              ))}
            </List>
          )}
          <Title order={2} size="h3">
            {t('privacy.erasure.kept')}
          </Title>
          <List>
            {shown.kept.map((k) => (
              <List.Item key={k.key}>
                {t(`privacy.erasure.keptReasons.${k.key as 'audit' | 'othersPrivateNotes'}`, {
                  count: k.count,
                  until: k.until ?? '',
                })}
              </List.Item>
            ))}
          </List>
          <Checkbox
            checked={confirmed}
            onChange={(e) => setConfirmed(e.currentTarget.checked)}
            label={t('privacy.erasure.confirm', { name: shown.person.name })}
          />
          <div>
            <Button
              color="red"
              disabled={!confirmed}
              loading={apply.isPending}
              onClick={() => personId && apply.mutate(personId)}
            >
              {t('privacy.erasure.apply')}
            </Button>
          </div>
        </Stack>
      )}
    </Stack>
  );
}

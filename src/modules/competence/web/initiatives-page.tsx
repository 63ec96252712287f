import { Anchor, Badge, Button, Card, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import { post } from '../../../web/lib/api';
import { notifySuccess } from '../../../web/components/notify';
import { PageHeader, Section } from '../../../web/components/page-header';
import { Empty, LoadError, Loading } from '../../../web/components/states';
import type { InitiativeAnswer, InitiativeSummary } from '../answers';
import { EXAMPLE_INITIATIVES } from '../content/cases';
import { COMPETENCE_LIMITS } from '../validation';
import { storeInitiative, useInitiatives } from './api';
import { say, targetLevelName } from './labels';

/** /initiatives: the initiatives I take part in, those I own or follow, and a new one for leaders. */
export function InitiativesPage() {
  const { t } = useI18n();
  const list = useInitiatives();
  const [creating, setCreating] = useState(false);
  const units = list.data?.units ?? [];
  const all = list.data?.initiatives ?? [];
  const mine = all.filter((i) => i.mine);
  const led = all.filter((i) => i.relation !== 'participant');
  return (
    <Stack gap="lg" maw={900}>
      <PageHeader
        title={t('competence.list.title')}
        actions={
          <>
            <Button component={Link} to="/learning-formats" variant="default">
              {t('competence.list.formats')}
            </Button>
            {units.length > 0 && (
              <Button onClick={() => setCreating(true)}>{t('competence.list.create')}</Button>
            )}
          </>
        }
      >
        <Text c="gray.7">{t('competence.list.intro')}</Text>
      </PageHeader>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <Section title={t('competence.list.mine')} id="initiatives-mine">
            {mine.length === 0 ? (
              <Empty>{t('competence.list.mineEmpty')}</Empty>
            ) : (
              mine.map((i) => <InitiativeCard key={i.id} initiative={i} />)
            )}
          </Section>
          {(units.length > 0 || led.length > 0) && (
            <Section title={t('competence.list.led')} id="initiatives-led">
              {led.length === 0 ? (
                <Empty>{t('competence.list.ledEmpty')}</Empty>
              ) : (
                led.map((i) => <InitiativeCard key={i.id} initiative={i} />)
              )}
            </Section>
          )}
        </>
      )}
      <CreateInitiativeModal opened={creating} onClose={() => setCreating(false)} units={units} />
    </Stack>
  );
}

export function InitiativeCard({ initiative: i }: { initiative: InitiativeSummary }) {
  const { t, locale, formatDate } = useI18n();
  return (
    <Card withBorder radius="md" padding="sm" component="article" aria-label={i.title}>
      <Stack gap={4}>
        <Group gap="xs" justify="space-between">
          <Anchor component={Link} to={`/initiatives/${i.id}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
            {i.title}
          </Anchor>
          <Badge variant="light" autoContrast>
            {t(`competence.status.${i.status}`)}
          </Badge>
        </Group>
        <Text size="sm" c="gray.8">
          {i.unit.name} · {t('competence.list.participants', { count: i.participantCount })}
        </Text>
        {i.mine && (
          <Text size="sm">
            {t('competence.list.target', { level: targetLevelName(i.mine.targetLevel, locale) })}
            {i.mine.proposalStatus && ` · ${t(`competence.proposal.${i.mine.proposalStatus}`)}`}
          </Text>
        )}
        {i.nextStep && (
          <Text size="sm">
            {i.nextStep.on
              ? t('competence.list.nextOn', { text: i.nextStep.text, date: formatDate(i.nextStep.on) })
              : t('competence.list.next', { text: i.nextStep.text })}
          </Text>
        )}
        {i.missingFollowUps > 0 && (
          <Badge color="red" variant="light" autoContrast>
            {t('competence.list.missingFollowUps', { count: i.missingFollowUps })}
          </Badge>
        )}
      </Stack>
    </Card>
  );
}

function CreateInitiativeModal({
  opened,
  onClose,
  units,
}: {
  opened: boolean;
  onClose: () => void;
  units: { id: string; name: string }[];
}) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [unitId, setUnitId] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [caseKey, setCaseKey] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () =>
      post<InitiativeAnswer>('/initiatives', {
        unitId: unitId ?? units[0]?.id,
        title: title.trim(),
        ...(caseKey ? { caseKey } : {}),
      }),
    onSuccess: (answer) => {
      storeInitiative(queryClient, answer);
      notifySuccess(t('competence.create.created'));
      onClose();
      void navigate({ to: `/initiatives/${answer.initiative.id}` });
    },
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t('competence.create.title')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate();
        }}
      >
        <Stack gap="sm">
          <Select
            label={t('competence.create.unit')}
            data={units.map((u) => ({ value: u.id, label: u.name }))}
            value={unitId ?? units[0]?.id ?? null}
            onChange={setUnitId}
            allowDeselect={false}
          />
          <TextInput
            label={t('competence.create.name')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            maxLength={COMPETENCE_LIMITS.title}
            required
          />
          <Select
            label={t('competence.create.case')}
            placeholder={t('competence.create.caseNone')}
            data={EXAMPLE_INITIATIVES.map((c) => ({ value: c.key, label: say(c.name, locale) }))}
            value={caseKey}
            onChange={(v) => {
              setCaseKey(v);
              const example = EXAMPLE_INITIATIVES.find((c) => c.key === v);
              if (example && !title.trim()) setTitle(say(example.name, locale));
            }}
            clearable
          />
          {create.isError && (
            <Text c="red.8" role="alert">
              {errorMessage(t, create.error)}
            </Text>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={create.isPending} disabled={!title.trim()}>
              {t('competence.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../../web/i18n';
import { useMe } from '../../../web/lib/session';
import { PageHeader, Section } from '../../../web/components/page-header';
import { Empty, LoadError, Loading } from '../../../web/components/states';
import { useCurrentFrames, useManagedFrames } from './api';
import { FrameCard } from './frame-card';
import { FrameFormModal } from './frame-form-modal';

/** /frames: leaders and HR maintain their units' frames; everyone sees the frames in force for them. */
export function FramesPage() {
  const { t } = useI18n();
  const { data: me } = useMe();
  const maintains = Boolean(me && (me.abilities.lead || me.abilities.administer));
  const managed = useManagedFrames(maintains);
  const current = useCurrentFrames();
  const [creating, setCreating] = useState(false);
  const units = managed.data?.units ?? [];

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('framing.page.title')}
        actions={
          maintains && units.length > 0 ? (
            <Button onClick={() => setCreating(true)}>{t('framing.page.create')}</Button>
          ) : undefined
        }
      >
        <Text c="gray.7">{t('framing.page.intro')}</Text>
      </PageHeader>

      {maintains && (
        <Section title={t('framing.page.managedTitle')} id="frames-managed">
          {managed.isPending ? (
            <Loading />
          ) : managed.isError ? (
            <LoadError error={managed.error} onRetry={() => void managed.refetch()} />
          ) : managed.data.frames.length === 0 ? (
            <Empty>{t('framing.page.managedEmpty')}</Empty>
          ) : (
            managed.data.frames.map((f) => <FrameCard key={f.id} frame={f} headingLevel={4} />)
          )}
        </Section>
      )}

      <Section title={t('framing.page.currentTitle')} id="frames-current">
        {current.isPending ? (
          <Loading />
        ) : current.isError ? (
          <LoadError error={current.error} onRetry={() => void current.refetch()} />
        ) : current.data.frames.length === 0 ? (
          <Empty>{t('framing.page.currentEmpty')}</Empty>
        ) : (
          current.data.frames.map((f) => (
            <FrameCard key={f.id} frame={{ ...f, can: { edit: false } }} headingLevel={4} />
          ))
        )}
      </Section>

      <FrameFormModal opened={creating} onClose={() => setCreating(false)} units={units} />
    </Stack>
  );
}

import { ActionIcon, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../../../web/i18n';
import { del, post } from '../../../web/lib/api';
import { ConfirmModal } from '../../../web/components/confirm-modal';
import { notifySuccess } from '../../../web/components/notify';
import type { Frame, FrameItem } from '../answers';
import { refreshFrames } from './api';
import { FrameFormModal } from './frame-form-modal';
import { ItemFormModal } from './item-form-modal';
import { CURRICULUM_THEMES } from './messages';
import { AttachedPackages } from '../../library/web/index';

/** One frame with its items; for whoever maintains it, the actions to edit and publish it. */
export function FrameCard({ frame, headingLevel = 3 }: { frame: Frame; headingLevel?: 3 | 4 }) {
  const { t, formatDate } = useI18n();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [itemModal, setItemModal] = useState<{ item?: FrameItem } | null>(null);
  const [deleting, setDeleting] = useState<FrameItem | null>(null);
  const headingId = `frame-${frame.id}`;

  const publish = useMutation({
    mutationFn: () => post(`/frames/${frame.id}/publish`, { version: frame.version }),
    onSuccess: async () => {
      notifySuccess(t('framing.frame.published'));
      setPublishing(false);
      await refreshFrames(queryClient);
    },
  });
  const remove = useMutation({
    mutationFn: (item: FrameItem) => del(`/frames/${frame.id}/items/${item.id}`),
    onSuccess: async () => {
      notifySuccess(t('framing.frame.itemDeleted'));
      setDeleting(null);
      await refreshFrames(queryClient);
    },
  });
  // Adding the six themes one by one keeps each item its own audited change.
  const addThemes = useMutation({
    mutationFn: async () => {
      const existing = new Set(frame.items.map((i) => i.title));
      for (const key of CURRICULUM_THEMES) {
        const title = t(`framing.themes.${key}.title`);
        if (existing.has(title)) continue;
        await post(`/frames/${frame.id}/items`, {
          kind: 'curriculum_theme',
          title,
          description: t(`framing.themes.${key}.description`),
        });
      }
    },
    onSettled: () => refreshFrames(queryClient),
    onSuccess: () => notifySuccess(t('framing.frame.themesAdded')),
  });
  const canEdit = frame.can.edit;
  const hasThemes = frame.items.some((i) => i.kind === 'curriculum_theme');

  return (
    <Card withBorder padding="md" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2} style={{ flex: '1 1 14rem', minWidth: 0 }}>
            <Title order={headingLevel} size="h4" id={headingId} style={{ overflowWrap: 'anywhere' }}>
              {frame.title}
            </Title>
            <Text size="sm" c="gray.7">
              {t('framing.frame.unit', { unit: frame.unitName })} ·{' '}
              {t('framing.frame.period', {
                start: formatDate(frame.periodStart),
                end: formatDate(frame.periodEnd),
              })}
            </Text>
          </Stack>
          {canEdit && (
            <Badge color={frame.status === 'published' ? 'teal.9' : 'gray.7'} variant="outline">
              {t(`framing.status.${frame.status}`)}
            </Badge>
          )}
        </Group>
        {frame.intro && <Text style={{ whiteSpace: 'pre-wrap' }}>{frame.intro}</Text>}
        {frame.items.length === 0 ? (
          <Text c="gray.7" size="sm">
            {t('framing.frame.noItems')}
          </Text>
        ) : (
          <Stack
            gap="xs"
            component="ul"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
            aria-label={t('framing.frame.items')}
          >
            {frame.items.map((item) => (
              <Group
                key={item.id}
                component="li"
                justify="space-between"
                align="flex-start"
                wrap="nowrap"
                gap="xs"
              >
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Group gap="xs">
                    <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                      {item.title}
                    </Text>
                    <Badge size="sm" variant="outline" color="gray.7">
                      {t(`framing.kinds.${item.kind}`)}
                    </Badge>
                  </Group>
                  {item.description && (
                    <Text size="sm" c="gray.7">
                      {item.description}
                    </Text>
                  )}
                </Stack>
                {canEdit && (
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon
                      variant="subtle"
                      aria-label={t('framing.frame.editItem', { title: item.title })}
                      onClick={() => setItemModal({ item })}
                    >
                      ✎
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="red.8"
                      aria-label={t('framing.frame.deleteItem', { title: item.title })}
                      onClick={() => setDeleting(item)}
                    >
                      ×
                    </ActionIcon>
                  </Group>
                )}
              </Group>
            ))}
          </Stack>
        )}
        {canEdit && (
          <Group gap="xs">
            <Button size="xs" variant="outline" onClick={() => setItemModal({})}>
              {t('framing.frame.addItem')}
            </Button>
            {!hasThemes && (
              <Button
                size="xs"
                variant="default"
                onClick={() => addThemes.mutate()}
                loading={addThemes.isPending}
                title={t('framing.frame.addThemesHint')}
              >
                {t('framing.frame.addThemes')}
              </Button>
            )}
            <Button size="xs" variant="default" onClick={() => setEditing(true)}>
              {t('framing.frame.edit')}
            </Button>
            {frame.status === 'draft' && (
              <Button size="xs" onClick={() => setPublishing(true)}>
                {t('framing.frame.publish')}
              </Button>
            )}
          </Group>
        )}
        <AttachedPackages entityKind="frame" entityId={frame.id} headingLevel={4} />
      </Stack>
      <FrameFormModal opened={editing} onClose={() => setEditing(false)} frame={frame} units={[]} />
      <ItemFormModal
        opened={itemModal !== null}
        onClose={() => setItemModal(null)}
        frame={frame}
        item={itemModal?.item}
      />
      <ConfirmModal
        opened={publishing}
        onClose={() => setPublishing(false)}
        title={t('framing.frame.publishTitle')}
        confirmLabel={t('framing.frame.publish')}
        onConfirm={() => publish.mutate()}
        loading={publish.isPending}
        error={publish.error}
      >
        {t('framing.frame.publishText', { unit: frame.unitName })}
      </ConfirmModal>
      <ConfirmModal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('framing.frame.deleteItemTitle')}
        confirmLabel={t('common.actions.delete')}
        danger
        onConfirm={() => deleting && remove.mutate(deleting)}
        loading={remove.isPending}
        error={remove.error}
      >
        {t('framing.frame.deleteItemText', { title: deleting?.title ?? '' })}
      </ConfirmModal>
    </Card>
  );
}

import { Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useI18n } from '../../../web/i18n';
import { post } from '../../../web/lib/api';
import { ConfirmModal } from '../../../web/components/confirm-modal';
import { notifySuccess } from '../../../web/components/notify';
import { Section } from '../../../web/components/page-header';
import { Empty } from '../../../web/components/states';
import type { CheckOpenedAnswer, TeamChecks } from '../answers';
import { refreshForums } from './api';
import { Comments, EvaluationBadge } from './meetings-section';
import { QrLinkModal } from './qr-link';
import { ResultsTrend } from './trend-section';

/** A team's safety checks: open one, share its link, close it, and the results over time. */
export function SafetyPanel({
  checks,
  title,
  headingId,
  compact,
}: {
  checks: TeamChecks;
  title: string;
  headingId: string;
  compact?: boolean;
}) {
  const { t, formatDate } = useI18n();
  const queryClient = useQueryClient();
  const [link, setLink] = useState<string | null>(null);
  const [closing, setClosing] = useState<string | null>(null);
  const open = useMutation({
    mutationFn: () => post<CheckOpenedAnswer>(`/teams/${checks.team.id}/safety-checks`, {}),
    onSuccess: async (res) => {
      notifySuccess(t('forums.safety.opened'));
      await refreshForums(queryClient);
      setLink(res.check.code);
    },
  });
  const close = useMutation({
    mutationFn: (id: string) => post(`/survey-rounds/${id}/close`),
    onSuccess: async () => {
      notifySuccess(t('forums.forum.closed'));
      setClosing(null);
      await refreshForums(queryClient);
    },
  });
  const closedInOrder = [...checks.checks].reverse().filter((c) => c.closed);
  return (
    <Section title={title} id={headingId}>
      <Text size="sm" c="gray.7">
        {t('forums.safety.intro', { threshold: checks.threshold })}
      </Text>
      <Group gap="xs">
        {checks.can.open && (
          <Button onClick={() => open.mutate()} loading={open.isPending}>
            {t('forums.safety.open')}
          </Button>
        )}
        {compact && (
          <Anchor component={Link} to={`/safety/${checks.team.id}`} size="sm">
            {t('forums.safety.openPage')}
          </Anchor>
        )}
      </Group>
      {checks.checks.length === 0 ? (
        <Empty>{t('forums.safety.empty')}</Empty>
      ) : (
        <Stack gap="sm">
          {checks.checks.map((c) => (
            <Card key={c.id} withBorder padding="sm">
              <Stack gap="xs">
                <Group justify="space-between" gap="xs">
                  <Text fw={600}>{t('forums.safety.checkOf', { date: formatDate(c.openedOn) })}</Text>
                  <EvaluationBadge evaluation={c} />
                </Group>
                {!c.closed && c.code && (
                  <Group gap="xs">
                    <Button size="xs" component="a" href={`/e/${c.code}`}>
                      {t('forums.safety.answerLink')}
                    </Button>
                    <Button size="xs" variant="light" onClick={() => setLink(c.code)}>
                      {t('forums.forum.showLink')}
                    </Button>
                    <Button size="xs" variant="default" onClick={() => setClosing(c.id)}>
                      {t('forums.forum.close')}
                    </Button>
                  </Group>
                )}
                {c.shown && !compact && <Comments comments={c.comments ?? []} />}
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
      {closedInOrder.length > 0 && (
        <ResultsTrend
          questions={checks.questions}
          scale={checks.scale}
          summary={checks.summary}
          rows={closedInOrder.map((c) => ({
            label: formatDate(c.openedOn),
            respondents: c.respondents,
            shown: c.shown,
            means: c.means,
          }))}
        />
      )}
      <QrLinkModal code={link} title={t('forums.safety.open')} onClose={() => setLink(null)} />
      <ConfirmModal
        opened={Boolean(closing)}
        onClose={() => setClosing(null)}
        title={t('forums.forum.closeTitle')}
        confirmLabel={t('forums.forum.close')}
        onConfirm={() => closing && close.mutate(closing)}
        loading={close.isPending}
        error={close.error}
      >
        {t('forums.forum.closeText', { threshold: checks.threshold })}
      </ConfirmModal>
    </Section>
  );
}

import { Button, SegmentedControl, Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useI18n } from '../../../web/i18n';
import { get } from '../../../web/lib/api';
import { PageHeader } from '../../../web/components/page-header';
import { Empty, LoadError, Loading } from '../../../web/components/states';
import type { FeedbackListAnswer } from '../answers';
import { feedbackKeys } from './api';
import { FeedbackCard } from './feedback-card';

/** /feedback: what I received and what I gave, newest first, with the replies. */
export function FeedbackPage() {
  const { t } = useI18n();
  const search = useSearch({ strict: false }) as { tab?: 'received' | 'given' };
  const navigate = useNavigate();
  const tab = search.tab ?? 'received';
  const list = useInfiniteQuery({
    queryKey: feedbackKeys.list(tab),
    queryFn: ({ pageParam }) =>
      get<FeedbackListAnswer>(
        `/feedback?direction=${tab}${pageParam ? `&before=${encodeURIComponent(pageParam)}` : ''}`,
      ),
    initialPageParam: '',
    getNextPageParam: (last) => (last.hasMore ? last.feedback.at(-1)?.createdAt : undefined),
  });
  const items = list.data?.pages.flatMap((p) => p.feedback) ?? [];

  return (
    <Stack gap="lg" maw={760}>
      <PageHeader
        title={t('feedback.list.title')}
        actions={
          <Button component={Link} to="/feedback/new">
            {t('feedback.list.give')}
          </Button>
        }
      >
        <Text c="dimmed">{t('feedback.list.intro')}</Text>
      </PageHeader>
      <SegmentedControl
        value={tab}
        onChange={(v) => void navigate({ to: '/feedback', search: { tab: v as 'received' | 'given' } })}
        data={[
          { value: 'received', label: t('feedback.list.received') },
          { value: 'given', label: t('feedback.list.given') },
        ]}
        aria-label={t('feedback.list.title')}
        style={{ alignSelf: 'flex-start' }}
      />
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <Empty
          action={
            tab === 'given' ? (
              <Button component={Link} to="/feedback/new" variant="light">
                {t('feedback.list.give')}
              </Button>
            ) : undefined
          }
        >
          {tab === 'given' ? t('feedback.list.emptyGiven') : t('feedback.list.emptyReceived')}
        </Empty>
      ) : (
        <Stack gap="sm">
          {items.map((item) => (
            <FeedbackCard key={item.id} item={item} direction={tab} />
          ))}
          {list.hasNextPage && (
            <Button
              variant="default"
              onClick={() => void list.fetchNextPage()}
              loading={list.isFetchingNextPage}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('feedback.list.more')}
            </Button>
          )}
        </Stack>
      )}
    </Stack>
  );
}

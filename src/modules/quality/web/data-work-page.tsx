import { Anchor, List, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useI18n } from '../../../web/i18n';
import { PageHeader, Section } from '../../../web/components/page-header';
import { Empty, LoadError, Loading } from '../../../web/components/states';
import { refreshQuality, useDataWork } from './api';
import { InquiryEditor } from './inquiry-editor';

/** /quality/data-work/$dataWorkId: before (focus and data plan), during (the data), after (analysis and decision). */
export function DataWorkPage() {
  const { dataWorkId } = useParams({ strict: false }) as { dataWorkId: string };
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const work = useDataWork(dataWorkId);
  if (work.isPending) return <Loading />;
  if (work.isError) return <LoadError error={work.error} onRetry={() => void work.refetch()} />;
  const d = work.data;
  return (
    <Stack gap="lg" maw={900}>
      <PageHeader
        title={d.dataWork.title}
        crumbs={[
          { label: t('quality.list.title'), to: '/quality' },
          { label: d.dataWork.team.name, to: `/quality/teams/${d.dataWork.team.id}` },
        ]}
        crumbsLabel={t('quality.nav')}
      />
      <Section title={t('quality.dataWork.measures')} id="data-work-measures">
        {d.dataWork.measures.length === 0 ? (
          <Empty>{t('quality.dataWork.measuresEmpty')}</Empty>
        ) : (
          <List>
            {d.dataWork.measures.map((m) => (
              <List.Item key={m.id}>
                <Anchor component={Link} to={`/quality/measures/${m.id}`}>
                  {m.name}
                </Anchor>{' '}
                – {t('quality.team.points_count', { n: m.points })}
              </List.Item>
            ))}
          </List>
        )}
      </Section>
      <InquiryEditor
        key={d.inquiry.id}
        inquiry={d.inquiry}
        path={`/quality/data-work/${d.dataWork.id}`}
        canEdit={d.can.edit}
        onSaved={() => void refreshQuality(queryClient)}
      />
    </Stack>
  );
}

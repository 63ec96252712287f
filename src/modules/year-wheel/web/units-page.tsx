import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useI18n } from '../../../web/i18n';
import { PageHeader } from '../../../web/components/page-header';
import { Empty, LoadError, Loading } from '../../../web/components/states';
import { useWheelUnits } from './api';

/** /year-wheel: the units whose year-wheel the person sees. */
export function UnitsPage() {
  const { t } = useI18n();
  const units = useWheelUnits();
  return (
    <Stack gap="lg">
      <PageHeader title={t('yearWheel.units.title')}>
        <Text c="gray.7">{t('yearWheel.units.intro')}</Text>
      </PageHeader>
      {units.isPending ? (
        <Loading />
      ) : units.isError ? (
        <LoadError error={units.error} onRetry={() => void units.refetch()} />
      ) : units.data.units.length === 0 ? (
        <Empty>{t('yearWheel.units.empty')}</Empty>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {units.data.units.map((u) => (
            <li key={u.id}>
              <Anchor component={Link} to={`/year-wheel/${u.id}`}>
                {u.name}
              </Anchor>
              {u.edit && (
                <Text span size="sm" c="gray.7">
                  {' '}
                  · {t('yearWheel.units.edit')}
                </Text>
              )}
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useI18n } from '../../../web/i18n';
import { LoadError, Loading } from '../../../web/components/states';
import { useCoverage } from './api';

/**
 * The start page's panel for HR and organisation admins: this year's coverage of the whole
 * organisation as four numbers (staff, had a 1:1, goal in focus, neither), never a person or what
 * was said. The per-unit table is one click away.
 */
export function CoverageSummary({ today }: { today: string }) {
  const { t } = useI18n();
  const year = today.slice(0, 4);
  const coverage = useCoverage({ from: `${year}-01-01`, to: `${year}-12-31` });
  const total = coverage.data?.total;
  const share = (count: number) =>
    t('coverage.share', {
      count,
      percent: total && total.employees > 0 ? Math.round((count / total.employees) * 100) : 0,
    });
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby="home-coverage">
      <Stack gap="sm">
        <Title order={3} id="home-coverage" size="h4">
          {t('coverage.homeTitle')}
        </Title>
        <Text size="sm" c="gray.7">
          {t('coverage.homeIntro', { year })}
        </Text>
        {coverage.isPending ? (
          <Loading />
        ) : coverage.isError ? (
          <LoadError error={coverage.error} onRetry={() => void coverage.refetch()} />
        ) : (
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" component="dl" m={0}>
            {[
              [t('coverage.employees'), String(total!.employees)],
              [t('coverage.held'), share(total!.heldOneToOne)],
              [t('coverage.inFocus'), share(total!.goalInFocus)],
              [t('coverage.neither'), share(total!.neither)],
            ].map(([term, value]) => (
              <div key={term}>
                <Text component="dt" size="sm" c="gray.7">
                  {term}
                </Text>
                <Text component="dd" m={0} fw={700} size="lg">
                  {value}
                </Text>
              </div>
            ))}
          </SimpleGrid>
        )}
        <Anchor component={Link} to="/coverage" size="sm">
          {t('coverage.homeLink')}
        </Anchor>
      </Stack>
    </Card>
  );
}

import { Anchor, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useI18n } from '../../../web/i18n';
import { get } from '../../../web/lib/api';
import { LoadError, Loading } from '../../../web/components/states';
import type { AreaAnswer, AreaUnit } from '../answers';
import { HomePanel } from './home-panel';

function Figures({ unit }: { unit: AreaUnit }) {
  const { t } = useI18n();
  const to = `/units/${unit.unit.id}`;
  const figures = unit.figures;
  const items: [string, number][] = [[t('overview.area.people'), unit.people]];
  if (figures)
    items.push(
      [t('overview.area.goalInFocus'), figures.goalInFocus],
      [t('overview.area.inRhythm'), figures.inRhythm],
      [t('overview.area.overdue'), figures.overdue],
      [t('overview.area.stalled'), figures.stalledCircles],
    );
  return (
    <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="xs" component="dl" m={0}>
      {items.map(([term, value]) => (
        <div key={term}>
          <Text component="dt" size="sm" c="gray.7">
            {term}
          </Text>
          <Text component="dd" m={0} fw={700} size="lg">
            <Anchor component={Link} to={to} aria-label={`${unit.unit.name}: ${term} ${value}`} inherit>
              {value}
            </Anchor>
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

/**
 * The area leader's start: the units whose leaders they lead, each summed up in numbers over its
 * whole subtree, before the leaders one by one on the overview. Numbers only; a unit too small to
 * count alone shows how many people it has. Renders nothing for a leader with no such units.
 */
export function AreaSummary() {
  const { t } = useI18n();
  const area = useQuery({ queryKey: ['area'], queryFn: () => get<AreaAnswer>('/area') });
  if (area.isSuccess && area.data.units.length === 0) return null;
  return (
    <HomePanel id="home-area" title={t('overview.area.title')} intro={t('overview.area.intro')} gap="md">
      {area.isPending ? (
        <Loading />
      ) : area.isError ? (
        <LoadError error={area.error} onRetry={() => void area.refetch()} />
      ) : (
        area.data.units.map((u) => (
          <Stack key={u.unit.id} gap={6} component="article" aria-labelledby={`area-${u.unit.id}`}>
            <Stack gap={0}>
              <Anchor
                component={Link}
                to={`/units/${u.unit.id}`}
                fw={700}
                id={`area-${u.unit.id}`}
                style={{ overflowWrap: 'anywhere' }}
              >
                {u.unit.name}
              </Anchor>
              {u.leaders.length > 0 && (
                <Text size="sm" c="gray.7">
                  {t('overview.area.ledBy')}{' '}
                  {u.leaders.map((l, i) => (
                    <span key={l.id}>
                      {i > 0 && ', '}
                      <Anchor component={Link} to={`/development/${l.id}`} inherit>
                        {l.name}
                      </Anchor>
                    </span>
                  ))}
                </Text>
              )}
            </Stack>
            <Figures unit={u} />
            {!u.figures && (
              <Text size="sm" c="gray.7">
                {t('overview.area.tooSmall', { min: area.data.minGroup })}
              </Text>
            )}
          </Stack>
        ))
      )}
      <Anchor component={Link} to="/overview" size="sm">
        {t('overview.area.leadersOneByOne')}
      </Anchor>
    </HomePanel>
  );
}

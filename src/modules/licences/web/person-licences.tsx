import { Anchor, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useI18n } from '../../../web/i18n';
import { LoadError, Loading } from '../../../web/components/states';
import { usePersonLicences } from './api';
import { StatusBadge, useLicenceTexts } from './status';

/** A person's licences with their status: on the start page (own) and the development page. */
export function PersonLicences({
  personId,
  own,
  hideEmpty = false,
}: {
  personId: string;
  own: boolean;
  /** The start and development pages show nothing for someone without licences. */
  hideEmpty?: boolean;
}) {
  const { t, formatDate } = useI18n();
  const texts = useLicenceTexts();
  const query = usePersonLicences(personId);
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const { licences } = query.data;
  if (licences.length === 0 && hideEmpty) return null;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="person-licences">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} size="h4" id="person-licences">
            {own ? t('licences.panel.title') : t('licences.panel.titleOther')}
          </Title>
          {own && (
            <Anchor component={Link} to="/licences" size="sm">
              {t('licences.panel.all')}
            </Anchor>
          )}
        </Group>
        {licences.length === 0 ? (
          <Text c="gray.7">{t('licences.page.mineEmpty')}</Text>
        ) : (
          <Stack gap={6}>
            {licences.map((l) => (
              <Group key={l.id} gap="xs" wrap="wrap">
                <Text fw={600}>{l.definition.task}</Text>
                <Text>{texts.levelName(l.level)}</Text>
                <StatusBadge status={l.status} />
                <Text size="sm" c="gray.7">
                  {l.expiresOn
                    ? t('licences.page.expires', { date: formatDate(l.expiresOn) })
                    : t('licences.page.noExpiry')}
                </Text>
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

/** The year summary's part: licences gained in the year. */
export function YearLicences({ personId, year }: { personId: string; year: number }) {
  const { t, formatDate } = useI18n();
  const query = usePersonLicences(personId, year);
  if (query.isPending || query.isError) return null;
  return (
    <Stack gap={4} component="section">
      <Title order={3} size="h4">
        {t('licences.panel.gained')}
      </Title>
      {query.data.gained.length === 0 ? (
        <Text c="gray.7">{t('overview.year.none')}</Text>
      ) : (
        <List spacing={4}>
          {query.data.gained.map((g) => (
            <List.Item key={g.reviewId}>
              {t('licences.panel.gainedItem', {
                task: g.task,
                level: g.level,
                date: formatDate(g.decidedOn),
              })}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

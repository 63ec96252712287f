import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useI18n } from '../../../web/i18n';
import { PageHeader, Section } from '../../../web/components/page-header';
import { Empty, LoadError, Loading } from '../../../web/components/states';
import type { PackageSummary } from '../answers';
import { usePackages, useSearch } from './api';
import { PackageBadges, Snippet, packageHref } from './package-bits';
import { PackageFormModal } from './package-form';

function PackageCard({ p, children }: { p: PackageSummary; children?: React.ReactNode }) {
  const headingId = `package-${p.id ?? p.builtInKey}`;
  return (
    <Card withBorder padding="md" component="li" aria-labelledby={headingId}>
      <Stack gap={6}>
        <Title order={3} size="h4" id={headingId}>
          <Anchor component={Link} to={packageHref(p)}>
            {p.title}
          </Anchor>
        </Title>
        <PackageBadges p={p} />
        {children ?? (
          <Text size="sm" c="gray.7">
            {p.summary}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

const listStyle = { listStyle: 'none', padding: 0, margin: 0 } as const;

/** /library: search, the built-in packages and the organisation's own. */
export function LibraryPage() {
  const { t } = useI18n();
  const packages = usePackages();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const search = useSearch(q);
  const [creating, setCreating] = useState(false);

  return (
    <Stack gap="lg" maw={960}>
      <PageHeader
        title={t('library.page.title')}
        actions={
          packages.data?.can.write && (
            <Button onClick={() => setCreating(true)}>{t('library.page.create')}</Button>
          )
        }
      >
        <Text c="gray.7">{t('library.page.intro')}</Text>
      </PageHeader>

      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setQ(typed.trim());
        }}
      >
        <Group align="flex-end">
          <TextInput
            style={{ flex: '1 1 16rem' }}
            label={t('library.page.search')}
            placeholder={t('library.page.searchHint')}
            value={typed}
            maxLength={200}
            onChange={(e) => setTyped(e.currentTarget.value)}
          />
          <Button type="submit">{t('library.page.searchButton')}</Button>
          {q && (
            <Button
              variant="default"
              onClick={() => {
                setQ('');
                setTyped('');
              }}
            >
              {t('library.page.clear')}
            </Button>
          )}
        </Group>
      </form>

      {q ? (
        <Section title={t('library.page.results', { q })} id="library-results">
          {search.isPending ? (
            <Loading />
          ) : search.isError ? (
            <LoadError error={search.error} onRetry={() => void search.refetch()} />
          ) : search.data.results.length === 0 ? (
            <Empty>{t('library.page.noResults', { q })}</Empty>
          ) : (
            <Stack gap="sm" component="ol" style={listStyle}>
              {search.data.results.map((r) => (
                <PackageCard key={r.package.id ?? r.package.builtInKey} p={r.package}>
                  <Text size="sm" c="gray.8">
                    <Snippet parts={r.snippet} />
                  </Text>
                </PackageCard>
              ))}
            </Stack>
          )}
        </Section>
      ) : packages.isPending ? (
        <Loading />
      ) : packages.isError ? (
        <LoadError error={packages.error} onRetry={() => void packages.refetch()} />
      ) : (
        <>
          <Section title={t('library.page.own')} id="library-own">
            {packages.data.packages.some((p) => p.id) ? (
              <SimpleGrid cols={{ base: 1, md: 2 }} component="ul" style={listStyle}>
                {packages.data.packages
                  .filter((p) => p.id)
                  .map((p) => (
                    <PackageCard key={p.id} p={p} />
                  ))}
              </SimpleGrid>
            ) : (
              <Empty>{t('library.page.ownEmpty')}</Empty>
            )}
          </Section>
          <Section title={t('library.page.builtIn')} id="library-built-in">
            <SimpleGrid cols={{ base: 1, md: 2 }} component="ul" style={listStyle}>
              {packages.data.packages
                .filter((p) => p.builtInKey)
                .map((p) => (
                  <PackageCard key={p.builtInKey} p={p} />
                ))}
            </SimpleGrid>
          </Section>
        </>
      )}
      <PackageFormModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}

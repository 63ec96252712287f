import { Anchor, Box, Button, Card, List, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useI18n } from '../../../web/i18n';
import { PageHeader, Section } from '../../../web/components/page-header';
import { LoadError, Loading } from '../../../web/components/states';
import { STEP_PHASES } from '../constants';
import type { PackageDetail } from '../answers';
import { useBuiltInPackage, useOwnPackage } from './api';
import { PackageBadges } from './package-bits';
import { PackageFormModal } from './package-form';

/** /library/p/$id: an own package. */
export function OwnPackagePage() {
  const { id } = useParams({ strict: false }) as { id: string };
  const query = useOwnPackage(id);
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  return <PackageView pkg={query.data.package} />;
}

/** /library/b/$key: a built-in package. */
export function BuiltInPackagePage() {
  const { key } = useParams({ strict: false }) as { key: string };
  const query = useBuiltInPackage(key);
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  return <PackageView pkg={query.data.package} />;
}

function PackageView({ pkg }: { pkg: PackageDetail }) {
  const { t, formatDate } = useI18n();
  const [editing, setEditing] = useState(false);
  return (
    <Stack gap="lg" maw={860}>
      <PageHeader
        title={pkg.title}
        crumbs={[{ label: t('library.package.back'), to: '/library' }]}
        crumbsLabel={t('library.package.crumbs')}
        actions={
          pkg.can.edit && <Button onClick={() => setEditing(true)}>{t('library.package.edit')}</Button>
        }
      >
        <PackageBadges p={pkg} />
        <Text c="gray.7">{pkg.summary}</Text>
      </PageHeader>

      {/* The server rendered this with the library's safe renderer (markdown.ts). */}
      <Box className="library-markdown" dangerouslySetInnerHTML={{ __html: pkg.html }} />

      {pkg.levers && (
        <Section title={t('library.package.levers')} id="package-levers">
          <List type="ordered" size="sm">
            {pkg.levers.map((key) => (
              <List.Item key={key}>{t(`levers.items.${key}.name` as never)}</List.Item>
            ))}
          </List>
          <Anchor component={Link} to="/levers/toolbox">
            {t('library.package.leversLink')}
          </Anchor>
        </Section>
      )}

      {pkg.steps && (
        <Section title={t('library.package.steps')} id="package-steps">
          <Stack gap="sm">
            {STEP_PHASES.map((phase) => (
              <Card
                key={phase}
                withBorder
                padding="sm"
                component="section"
                aria-labelledby={`steps-${phase}`}
              >
                <Title order={3} size="h4" id={`steps-${phase}`}>
                  {t(`library.package.${phase}`)}
                </Title>
                <List type="ordered" size="sm" spacing={4}>
                  {pkg.steps![phase].map((s, i) => (
                    <List.Item key={i}>
                      <Text span fw={600} size="sm">
                        {s.title}
                      </Text>
                      {s.text && <Text span size="sm">{` – ${s.text}`}</Text>}
                    </List.Item>
                  ))}
                </List>
              </Card>
            ))}
          </Stack>
        </Section>
      )}

      {pkg.versions.length > 0 && (
        <Section title={t('library.package.versions')} id="package-versions">
          <List size="sm" spacing={4}>
            {pkg.versions.map((v) => (
              <List.Item key={v.version}>
                <Text span fw={600} size="sm">
                  {t('library.package.version', { version: v.version })}
                </Text>{' '}
                · {formatDate(v.createdAt)}
                {v.author && ` · ${t('library.package.by', { name: v.author })}`} ·{' '}
                {v.changeNote ?? t('library.package.firstVersion')}
              </List.Item>
            ))}
          </List>
        </Section>
      )}
      {pkg.can.edit && <PackageFormModal opened={editing} onClose={() => setEditing(false)} pkg={pkg} />}
    </Stack>
  );
}

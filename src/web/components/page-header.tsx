import { Anchor, Breadcrumbs, Group, Stack, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';

interface Crumb {
  label: string;
  to: string;
}

/** The page's one h2, the trail above it and the actions beside it. */
export function PageHeader({
  title,
  crumbs,
  crumbsLabel,
  actions,
  children,
}: {
  title: string;
  crumbs?: Crumb[];
  crumbsLabel?: string;
  actions?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <Stack gap="xs">
      {crumbs && crumbs.length > 0 && (
        <nav aria-label={crumbsLabel}>
          {/* Mantine keeps each crumb on one line; a long goal title must wrap at 375 px instead. */}
          <Breadcrumbs
            separatorMargin={6}
            style={{ flexWrap: 'wrap', rowGap: 4 }}
            styles={{ breadcrumb: { whiteSpace: 'normal', overflowWrap: 'anywhere', lineHeight: 1.3 } }}
          >
            {crumbs.map((c) => (
              <Anchor key={c.to} component={Link} to={c.to} size="sm">
                {c.label}
              </Anchor>
            ))}
          </Breadcrumbs>
        </nav>
      )}
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} style={{ flex: '1 1 16rem', minWidth: 0 }}>
          <Title order={2} style={{ overflowWrap: 'anywhere' }}>
            {title}
          </Title>
          {children}
        </Stack>
        {actions && <Group gap="xs">{actions}</Group>}
      </Group>
    </Stack>
  );
}

/** A titled part of a page (h3 under the page's h2). */
export function Section({ title, children, id }: { title: string; children: ReactNode; id?: string }) {
  return (
    <Stack gap="xs" component="section" aria-labelledby={id}>
      <Title order={3} size="h4" id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

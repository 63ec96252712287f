import { Badge, Group } from '@mantine/core';
import { useI18n } from '../../../web/i18n';
import type { PackageSummary, SnippetPart } from '../answers';

/** Where a package is read: an own package by id, a built-in by key. */
export const packageHref = (p: PackageSummary) =>
  p.id ? `/library/p/${p.id}` : `/library/b/${encodeURIComponent(p.builtInKey ?? '')}`;

export function PackageBadges({ p }: { p: PackageSummary }) {
  const { t } = useI18n();
  return (
    <Group gap={6}>
      <Badge variant="light" color="blue">
        {t(`library.kinds.${p.kind}`)}
      </Badge>
      {p.builtInKey ? (
        <Badge variant="light" color="gray">
          {t('library.badge.builtIn')}
        </Badge>
      ) : (
        <Badge variant="light" color="gray">
          {t('library.badge.version', { version: p.version })}
        </Badge>
      )}
      {p.hasSteps && (
        <Badge variant="light" color="teal">
          {t('library.badge.steps')}
        </Badge>
      )}
    </Group>
  );
}

/** A search snippet: plain text, the words found marked. */
export function Snippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </>
  );
}

import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useI18n } from '../../../web/i18n';
import { LoadError, Loading } from '../../../web/components/states';
import { ANCHORING_TEXTS } from '../content/anchoring';
import { FIELDS, TASK_TESTS } from '../content/fields';
import { GOAL_LEVEL_TEXTS } from '../content/learning-goal-levels';
import { TEMPO_TEXTS } from '../content/training-track';
import { TASK_TEST_FIELDS } from '../form';
import type { Initiative } from '../answers';
import { useInitiative } from './api';
import { ImpactMap } from './impact-map';
import { currentLevelName, formatName, say, targetLevelName } from './labels';

// On paper only the initiative shows, in a small type, so it fits one or two pages.
const printCss = `
@media print {
  .mantine-AppShell-header, .mantine-AppShell-navbar, .mantine-AppShell-footer, .skip-link, .initiative-no-print { display: none !important; }
  .mantine-AppShell-main { padding: 0 !important; min-height: 0 !important; }
  .initiative-print { font-size: 9.5pt; color: #000; }
  .initiative-print h2 { font-size: 15pt; }
  .initiative-print h3 { font-size: 11pt; margin-top: 6pt; }
  .initiative-print section { break-inside: avoid; }
  .initiative-print .impact-map { break-before: auto; max-height: 120mm; }
  @page { margin: 12mm 12mm; }
}`;

/** An initiative on paper: the five fields, participants and the impact map. */
export function InitiativePrintPage() {
  const { initiativeId } = useParams({ strict: false }) as { initiativeId: string };
  const { t, locale, formatDate } = useI18n();
  const query = useInitiative(initiativeId);
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} />;
  const { initiative: i } = query.data;
  const f = (phase: string, key: string) => i.fields[phase]?.[key] ?? '';
  const fieldName = (key: string) => say(FIELDS.find((x) => x.key === key)?.name, locale);
  const lines = (kind: 'track' | 'anchor', phase: string) =>
    i.planLines.filter((l) => l.kind === kind && l.phase === phase);
  const row = (label: string, value: string) =>
    value ? (
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        <strong>{label}:</strong> {value}
      </Text>
    ) : null;
  return (
    <Stack gap="xs" className="initiative-print" maw={900}>
      <style>{printCss}</style>
      <Group justify="flex-end" className="initiative-no-print">
        <Button onClick={() => window.print()}>{t('competence.page.print')}</Button>
      </Group>
      <Title order={2}>{i.title}</Title>
      <Text size="sm">
        {i.unit.name} · {t(`competence.status.${i.status}`)}
        {i.owner ? ` · ${i.owner.name}` : ''}
      </Text>
      <section>
        <Title order={3}>1. {fieldName('task')}</Title>
        {row(t('competence.fields.situation'), f('task', 'situation'))}
        {row(t('competence.fields.responsibility'), f('task', 'responsibility'))}
        {row(t('competence.fields.why_now'), f('task', 'why_now'))}
        <Text size="sm">
          {TASK_TESTS.map((test) => {
            const v = f('task', TASK_TEST_FIELDS[test.key]);
            return `${say(test.name, locale)}: ${v === 'yes' ? t('competence.tests.yes') : v === 'no' ? t('competence.tests.no') : t('competence.tests.unanswered')}`;
          }).join(' · ')}
        </Text>
      </section>
      <section>
        <Title order={3}>2. {fieldName('perspective')}</Title>
        {row(t('competence.fields.core_task'), f('perspective', 'core_task'))}
        {row(t('competence.fields.workplace'), f('perspective', 'workplace'))}
        {row(t('competence.fields.frameItems'), i.frameItems.map((x) => x.title).join('; '))}
      </section>
      <section>
        <Title order={3}>3. {fieldName('learning_goals')}</Title>
        {GOAL_LEVEL_TEXTS.map((l) => (
          <span key={l.key}>{row(say(l.name, locale), f('learning_goals', l.key))}</span>
        ))}
      </section>
      <section>
        <Title order={3}>4. {fieldName('training_track')}</Title>
        {TEMPO_TEXTS.map((tempo) => (
          <span key={tempo.key}>
            {row(
              say(tempo.name, locale),
              lines('track', tempo.key)
                .map((l) =>
                  [
                    l.text,
                    l.formats.map((k) => formatName(k, locale)).join(', '),
                    l.people,
                    l.startsOn && formatDate(l.startsOn),
                  ]
                    .filter(Boolean)
                    .join(' – '),
                )
                .join('; '),
            )}
          </span>
        ))}
        {row(
          t('competence.fields.starts_on'),
          f('training_track', 'starts_on') && formatDate(f('training_track', 'starts_on')),
        )}
        {row(
          t('competence.fields.ends_on'),
          f('training_track', 'ends_on') && formatDate(f('training_track', 'ends_on')),
        )}
      </section>
      <section>
        <Title order={3}>5. {fieldName('everyday')}</Title>
        {ANCHORING_TEXTS.map((kind) => (
          <span key={kind.key}>
            {row(
              say(kind.name, locale),
              lines('anchor', kind.key)
                .map((l) =>
                  [l.text, l.owner?.name, l.endsOn && formatDate(l.endsOn)].filter(Boolean).join(' – '),
                )
                .join('; '),
            )}
          </span>
        ))}
        {row(
          t('competence.fields.responsibility_from'),
          f('everyday', 'responsibility_from') && formatDate(f('everyday', 'responsibility_from')),
        )}
      </section>
      <ParticipantsTable initiative={i} />
      <section>
        <Title order={3}>{t('competence.impact.title')}</Title>
        <ImpactMap initiative={i} />
      </section>
    </Stack>
  );
}

function ParticipantsTable({ initiative }: { initiative: Initiative }) {
  const { t, locale } = useI18n();
  if (initiative.participants.length === 0) return null;
  return (
    <section>
      <Title order={3}>{t('competence.participants.title')}</Title>
      <Table withTableBorder fz="sm" verticalSpacing={2}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('competence.participants.person')}</Table.Th>
            <Table.Th>{t('competence.participants.current')}</Table.Th>
            <Table.Th>{t('competence.participants.target')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {initiative.participants.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>{p.person.name}</Table.Td>
              <Table.Td>{currentLevelName(p.currentLevel, locale)}</Table.Td>
              <Table.Td>{targetLevelName(p.targetLevel, locale)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}

import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useI18n } from '../../../web/i18n';
import { LoadError, Loading } from '../../../web/components/states';
import { FORMS } from '../forms/index';
import { useCircle } from './api';
import { circleVoice, fieldLabel, phaseIntro, phaseTitle } from './circle-texts';

// On paper only the circle shows: the app's header, menu and footer and the print button go.
const printCss = `
@media print {
  .mantine-AppShell-header, .mantine-AppShell-navbar, .mantine-AppShell-footer, .skip-link, .circle-no-print { display: none !important; }
  .mantine-AppShell-main { padding: 0 !important; min-height: 0 !important; }
  .circle-print { font-size: 11pt; color: #000; }
  .circle-print section { break-inside: avoid-page; }
  .circle-print .circle-field { break-inside: avoid; }
  @page { margin: 18mm 16mm; }
}`;

/** A circle on paper: goal, person, dates, every phase and field. */
export function CirclePrintPage({ circleId }: { circleId: string }) {
  const { t, formatDate } = useI18n();
  const query = useCircle(circleId);
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} />;
  const { circle } = query.data;
  const voice = circleVoice(circle);
  const form = FORMS.learning_circle;
  const meta: [string, string][] = [
    circle.team
      ? [t('inquiry.circle.team'), circle.team.name]
      : [t('inquiry.circle.person'), circle.person?.name ?? '—'],
    [t('inquiry.circle.goal'), circle.goal?.title ?? '—'],
    [t('inquiry.circle.created'), formatDate(circle.createdAt)],
    [
      t('inquiry.circle.deadline'),
      circle.deadline ? formatDate(circle.deadline) : t('inquiry.circle.noDeadline'),
    ],
    ...(circle.finishedAt
      ? ([[t('inquiry.circle.finished'), formatDate(circle.finishedAt)]] as [string, string][])
      : []),
  ];
  return (
    <Stack gap="md" className="circle-print" maw={820}>
      <style>{printCss}</style>
      <Group justify="space-between" align="flex-start" className="circle-no-print">
        <Text size="sm" c="gray.7">
          {t('inquiry.printPage.printed', { date: formatDate(new Date()) })}
        </Text>
        <Button onClick={() => window.print()}>{t('inquiry.circle.print')}</Button>
      </Group>
      <Title order={2}>{t('inquiry.circle.title', { n: circle.sequence })}</Title>
      <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 16px', margin: 0 }}>
        {meta.map(([k, v]) => (
          <div key={k} style={{ display: 'contents' }}>
            <dt style={{ fontWeight: 600 }}>{k}</dt>
            <dd style={{ margin: 0, overflowWrap: 'anywhere' }}>{v}</dd>
          </div>
        ))}
      </dl>
      <Text size="sm">
        {t('inquiry.circle.progress', {
          done: circle.phases.filter((p) => p.done).length,
          total: form.phases.length,
        })}
      </Text>
      {form.phases.map((phase, i) => {
        const stored = circle.phases.find((p) => p.key === phase.key);
        return (
          <section key={phase.key} aria-labelledby={`print-${phase.key}`}>
            <Title order={3} size="h4" id={`print-${phase.key}`} mb={4}>
              {i + 1}. {t(phaseTitle(phase.key))}
              {stored?.done ? ` ✓ ${t('inquiry.circle.phaseDone')}` : ''}
            </Title>
            <Text size="sm" c="gray.7" mb="xs">
              {t(phaseIntro(voice, phase.key))}
            </Text>
            <Stack gap="xs">
              {phase.fields.map((f) => (
                <div key={f.key} className="circle-field">
                  <Text fw={600} size="sm">
                    {t(fieldLabel(voice, phase.key, f.key))}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {stored?.fields[f.key] || t('inquiry.printPage.empty')}
                  </Text>
                </div>
              ))}
            </Stack>
          </section>
        );
      })}
    </Stack>
  );
}

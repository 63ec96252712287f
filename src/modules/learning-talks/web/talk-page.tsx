import { Anchor, Button, Group, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useI18n, errorMessage } from '../../../web/i18n';
import { ApiError, patch } from '../../../web/lib/api';
import { FormShell } from '../../../web/forms/form-shell';
import { notifySuccess } from '../../../web/components/notify';
import { Section } from '../../../web/components/page-header';
import { LoadError, Loading } from '../../../web/components/states';
import { OverviewTable } from '../../progression/web/index';
import type { LearningTalk, PackageSection, TalkAnswer } from '../answers';
import { talkKeys, usePackage } from './api';

// On paper only the conversation shows: the app's header, menu and footer and the buttons go.
const printCss = `
@media print {
  .mantine-AppShell-header, .mantine-AppShell-navbar, .mantine-AppShell-footer, .skip-link, .talk-no-print { display: none !important; }
  .mantine-AppShell-main { padding: 0 !important; min-height: 0 !important; }
  .talk-print { font-size: 10pt; color: #000; }
  .talk-print section { break-inside: avoid-page; }
  .talk-print * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  @page { margin: 14mm; }
}`;

/** /learning-talks/$talkId: the data package, the unit's own notes and the conversation, printable. */
export function TalkPage() {
  const { t, formatDate } = useI18n();
  const { talkId } = useParams({ strict: false }) as { talkId: string };
  const query = usePackage(talkId);
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const { talk, sections } = query.data;
  return (
    <Stack gap="lg" maw={1000} className="talk-print" style={{ minWidth: 0 }}>
      <style>{printCss}</style>
      <Group justify="space-between" className="talk-no-print">
        <Anchor component={Link} to="/learning-talks" size="sm">
          ← {t('learningTalks.talk.back')}
        </Anchor>
        <Button onClick={() => window.print()}>{t('learningTalks.talk.print')}</Button>
      </Group>
      <Stack gap={4}>
        <Title order={2}>{t('learningTalks.talk.title', { unit: talk.unit.name })}</Title>
        <Text c="gray.8">
          {t('learningTalks.talk.meta', {
            cadence: t(`learningTalks.cadences.${talk.cadence}`),
            date: formatDate(talk.heldOn),
            from: formatDate(talk.periodStart),
            to: formatDate(talk.heldOn),
          })}
        </Text>
        <Text size="sm" c="gray.7">
          {t('learningTalks.talk.printed', { date: formatDate(new Date()) })}
        </Text>
      </Stack>
      <Section
        title={t('learningTalks.talk.previous', {
          date: talk.previous ? formatDate(talk.previous.heldOn) : '',
        })}
        id="talk-previous"
      >
        <Text style={{ whiteSpace: 'pre-wrap' }}>
          {talk.previous
            ? talk.previous.nextStep || t('learningTalks.talk.none')
            : t('learningTalks.talk.previousNone')}
        </Text>
      </Section>
      <Section title={t('learningTalks.talk.package')} id="talk-package">
        {sections.length === 0 ? (
          <Text>{t('learningTalks.talk.packageEmpty')}</Text>
        ) : (
          <Stack gap="md">
            {sections.map((s) => (
              <PackagePart key={s.key} section={s} />
            ))}
          </Stack>
        )}
      </Section>
      <TalkForm key={talk.version} talk={talk} />
    </Stack>
  );
}

function PackagePart({ section }: { section: PackageSection }) {
  const { t, locale } = useI18n();
  // A section added by a module after this screen was written still shows, under its key.
  const word = (part: string) => {
    const key = `learningTalks.sections.${section.key}.${part}`;
    const text = t(key as 'learningTalks.nav');
    return text === key ? (part === 'title' ? section.key : part) : text;
  };
  const id = `talk-section-${section.key}`;
  return (
    <section aria-labelledby={id}>
      <Title order={4} id={id} mb={4}>
        {word('title')}
      </Title>
      {section.facts.length > 0 && (
        // Neither column may push the page wider than a phone: the label column takes at most
        // 45 % and both wrap inside long words (a full year's sections hold long names and values).
        <dl
          style={{
            display: 'grid',
            gridTemplateColumns: 'fit-content(45%) minmax(0, 1fr)',
            gap: '2px 16px',
            margin: 0,
          }}
        >
          {section.facts.map((f) => (
            <div key={f.key} style={{ display: 'contents' }}>
              <dt style={{ overflowWrap: 'anywhere' }}>{word(f.key)}</dt>
              <dd style={{ margin: 0, fontWeight: 600, overflowWrap: 'anywhere' }}>{f.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {section.items.length > 0 && (
        <List size="sm" mt={4}>
          {section.items.map((item, i) => (
            <List.Item key={i} style={{ overflowWrap: 'anywhere' }}>
              {item.title}
              {item.detail ? ` — ${item.detail}` : ''}
              {item.tags?.length ? ` — ${item.tags.map(word).join(', ')}` : ''}
              {item.scores?.length ? (
                <Text size="xs" c="dimmed" component="span" display="block">
                  {item.scores.map((sc) => `${sc.name[locale]} ${sc.value ?? '–'}`).join(' · ')}
                </Text>
              ) : null}
            </List.Item>
          ))}
        </List>
      )}
      {section.progression && (
        <div style={{ marginTop: 8 }}>
          <OverviewTable overview={section.progression} />
        </div>
      )}
    </section>
  );
}

type Field = 'focus' | 'unitNotes' | 'conversationNotes' | 'followUp' | 'nextStep';

function TalkForm({ talk }: { talk: LearningTalk }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Record<Field, string>>({
    focus: talk.focus,
    unitNotes: talk.unitNotes,
    conversationNotes: talk.conversationNotes,
    followUp: talk.followUp,
    nextStep: talk.nextStep,
  });
  const [links, setLinks] = useState(talk.links.map((l) => `${l.title} | ${l.url}`).join('\n'));
  const save = useMutation({
    mutationFn: () =>
      patch<TalkAnswer>(`/learning-talks/${talk.id}`, {
        ...values,
        links: links
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean)
          .map((line) => {
            const [title, ...rest] = line.split('|');
            return { title: (title ?? '').trim(), url: rest.join('|').trim() };
          }),
        version: talk.version,
      }),
    onSuccess: async () => {
      notifySuccess(t('learningTalks.talk.saved'));
      await queryClient.invalidateQueries({ queryKey: talkKeys.all });
    },
  });
  const error =
    save.error instanceof ApiError && save.error.reason === 'stale_version'
      ? t('learningTalks.talk.stale')
      : save.error
        ? errorMessage(t, save.error)
        : null;
  const field = (name: Field, label: string, description?: string) => (
    <Textarea
      label={label}
      description={description}
      autosize
      minRows={2}
      value={values[name]}
      onChange={(e) => {
        const v = e.currentTarget.value;
        setValues((s) => ({ ...s, [name]: v }));
      }}
    />
  );
  return (
    <FormShell
      onSubmit={(e) => (e.preventDefault(), save.mutate())}
      error={error}
      submitLabel={t('learningTalks.talk.save')}
      pending={save.isPending}
    >
      <Section title={t('learningTalks.talk.own')} id="talk-own">
        {field('unitNotes', t('learningTalks.talk.unitNotes'))}
        <Textarea
          label={t('learningTalks.talk.links')}
          description={t('learningTalks.talk.linksHint')}
          autosize
          minRows={2}
          value={links}
          onChange={(e) => setLinks(e.currentTarget.value)}
        />
        {talk.links.length > 0 && (
          <List size="sm">
            {talk.links.map((l) => (
              <List.Item key={l.url}>
                <Anchor href={l.url} target="_blank" rel="noreferrer">
                  {l.title}
                </Anchor>
              </List.Item>
            ))}
          </List>
        )}
      </Section>
      <Section title={t('learningTalks.talk.conversation')} id="talk-conversation">
        {field('focus', t('learningTalks.talk.focus'))}
        {field('conversationNotes', t('learningTalks.talk.conversationNotes'))}
        {field('followUp', t('learningTalks.talk.followUp'))}
        {field('nextStep', t('learningTalks.talk.nextStep'))}
      </Section>
    </FormShell>
  );
}

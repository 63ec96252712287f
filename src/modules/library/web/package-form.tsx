import { Box, Modal, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import { post, put } from '../../../web/lib/api';
import { FormShell } from '../../../web/forms/form-shell';
import { notifySuccess } from '../../../web/components/notify';
import { PACKAGE_KINDS, STEP_PHASES, type StepPhase } from '../constants';
import { LIBRARY_LIMITS } from '../validation';
import { renderMarkdown } from '../markdown';
import type { PackageAnswer, PackageDetail, Steps } from '../answers';
import { refreshLibrary } from './api';

const stepsToText = (steps: Steps | null, phase: StepPhase) =>
  (steps?.[phase] ?? []).map((s) => (s.text ? `${s.title}: ${s.text}` : s.title)).join('\n');

const textToSteps = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const at = line.indexOf(':');
      return at > 0
        ? { title: line.slice(0, at).trim(), text: line.slice(at + 1).trim() }
        : { title: line, text: '' };
    });

/** Writes a new package, or a new version of one (with a note on what changed). */
export function PackageFormModal(props: { opened: boolean; onClose: () => void; pkg?: PackageDetail }) {
  const { t } = useI18n();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.actions.close') }}
      opened={props.opened}
      onClose={props.onClose}
      title={props.pkg ? t('library.form.editTitle') : t('library.form.createTitle')}
      size="xl"
    >
      {props.opened && <PackageForm pkg={props.pkg} onDone={props.onClose} />}
    </Modal>
  );
}

function PackageForm({ pkg, onDone }: { pkg?: PackageDetail; onDone: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [kind, setKind] = useState<string>(pkg?.kind ?? 'reflection');
  const [title, setTitle] = useState(pkg?.title ?? '');
  const [summary, setSummary] = useState(pkg?.summary ?? '');
  const [body, setBody] = useState(pkg?.markdown ?? '');
  const [tags, setTags] = useState(pkg?.tags.join(', ') ?? '');
  const [steps, setSteps] = useState<Record<StepPhase, string>>({
    before: stepsToText(pkg?.steps ?? null, 'before'),
    during: stepsToText(pkg?.steps ?? null, 'during'),
    after: stepsToText(pkg?.steps ?? null, 'after'),
  });
  const [changeNote, setChangeNote] = useState('');

  const save = useMutation({
    mutationFn: () => {
      const input = {
        kind,
        title,
        summary,
        body,
        tags: tags
          .split(',')
          .map((s) => s.trim().toLowerCase())
          .filter(Boolean),
        steps:
          kind === 'training'
            ? {
                before: textToSteps(steps.before),
                during: textToSteps(steps.during),
                after: textToSteps(steps.after),
              }
            : null,
      };
      return pkg
        ? put<PackageAnswer>(`/library/packages/${pkg.id}`, { ...input, version: pkg.version, changeNote })
        : post<PackageAnswer>('/library/packages', input);
    },
    onSuccess: async (answer) => {
      notifySuccess(pkg ? t('library.form.updated') : t('library.form.created'));
      await refreshLibrary(queryClient);
      onDone();
      if (!pkg) void navigate({ to: '/library/p/$id', params: { id: answer.package.id! } });
    },
  });

  return (
    <FormShell
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
      error={save.isError ? errorMessage(t, save.error) : null}
      submitLabel={pkg ? t('library.form.saveVersion') : t('library.form.save')}
      pending={save.isPending}
      onCancel={onDone}
    >
      <Select
        label={t('library.form.kind')}
        data={PACKAGE_KINDS.map((k) => ({ value: k, label: t(`library.kinds.${k}`) }))}
        value={kind}
        onChange={(v) => v && setKind(v)}
        allowDeselect={false}
      />
      <TextInput
        label={t('library.form.title')}
        required
        maxLength={LIBRARY_LIMITS.title}
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
      />
      <Textarea
        label={t('library.form.summary')}
        required
        autosize
        minRows={2}
        maxLength={LIBRARY_LIMITS.summary}
        value={summary}
        onChange={(e) => setSummary(e.currentTarget.value)}
      />
      <Textarea
        label={t('library.form.body')}
        description={t('library.form.bodyHelp')}
        required
        autosize
        minRows={8}
        maxLength={LIBRARY_LIMITS.body}
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
      />
      <TextInput
        label={t('library.form.tags')}
        description={t('library.form.tagsHelp')}
        value={tags}
        onChange={(e) => setTags(e.currentTarget.value)}
      />
      {kind === 'training' && (
        <Stack gap="xs">
          <Text fw={600}>{t('library.form.steps')}</Text>
          <Text size="sm" c="gray.7">
            {t('library.form.stepsHelp')}
          </Text>
          {STEP_PHASES.map((phase) => (
            <Textarea
              key={phase}
              label={t(`library.package.${phase}`)}
              autosize
              minRows={2}
              value={steps[phase]}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setSteps((s) => ({ ...s, [phase]: value }));
              }}
            />
          ))}
        </Stack>
      )}
      {pkg && (
        <TextInput
          label={t('library.form.changeNote')}
          description={t('library.form.changeNoteHelp')}
          required
          maxLength={LIBRARY_LIMITS.changeNote}
          value={changeNote}
          onChange={(e) => setChangeNote(e.currentTarget.value)}
        />
      )}
      {body.trim() && (
        <Box>
          <Title order={3} size="h5">
            {t('library.form.preview')}
          </Title>
          {/* Rendered by the same safe renderer as the server: no raw HTML, images or unsafe links. */}
          <Box className="library-markdown" dangerouslySetInnerHTML={{ __html: renderMarkdown(body) }} />
        </Box>
      )}
    </FormShell>
  );
}

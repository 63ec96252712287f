import { Alert, Button, Card, Checkbox, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { patch } from '../../../web/lib/api';
import { errorMessage, useI18n } from '../../../web/i18n';
import type { MessageKey } from '../../../web/i18n/catalogue';
import { notifySuccess } from '../../../web/components/notify';
import type { InquiryView } from '../../inquiry/index';

interface Conflict {
  phase: string;
  field: string;
  mine: string;
  theirs: string;
}
interface SaveAnswer {
  inquiry: InquiryView;
  conflicts: Conflict[];
}

/**
 * A trial's PDSA cycle or a data work's phases, written by several people: each save sends only
 * the fields changed here with the text they started from; the engine merges them field by field
 * and names the fields someone else changed meanwhile, which stay as typed here to save again.
 */
export function InquiryEditor(props: {
  inquiry: InquiryView;
  path: string;
  canEdit: boolean;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const [base, setBase] = useState(props.inquiry);
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [done, setDone] = useState<Record<string, boolean>>({});
  const [conflicts, setConflicts] = useState<Conflict[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const key = (phase: string, field: string) => `${phase}.${field}`;
  const label = (phase: string, field: string) =>
    t(`quality.forms.${base.form}.${phase}.${field}` as MessageKey);

  async function save() {
    const changes = base.phases.flatMap((p) =>
      Object.entries(p.fields)
        .filter(([f, v]) => draft[key(p.key, f)] !== undefined && draft[key(p.key, f)] !== v)
        .map(([f, v]) => ({ phase: p.key, field: f, from: v, to: draft[key(p.key, f)]! })),
    );
    const doneChanges = Object.entries(done).map(([phase, d]) => ({ phase, done: d }));
    setSaving(true);
    setError(null);
    try {
      const answer = await patch<SaveAnswer>(props.path, {
        baseVersion: base.version,
        changes,
        done: doneChanges,
      });
      setBase(answer.inquiry);
      setConflicts(answer.conflicts);
      // Keep only what collided, so the person can choose; the rest is now the stored text.
      setDraft(Object.fromEntries(answer.conflicts.map((c) => [key(c.phase, c.field), c.mine])));
      setDone({});
      if (answer.conflicts.length === 0) notifySuccess(t('quality.inquiry.saved'));
      props.onSaved();
    } catch (err) {
      setError(errorMessage(t, err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Stack gap="md">
      {conflicts.length > 0 && (
        <Alert color="orange" title={t('quality.inquiry.conflicts')}>
          <Stack gap="xs">
            {conflicts.map((c) => (
              <div key={key(c.phase, c.field)}>
                <Text fw={600}>{label(c.phase, c.field)}</Text>
                <Text size="sm">{t('quality.inquiry.theirs', { text: c.theirs })}</Text>
                <Text size="sm">{t('quality.inquiry.mine', { text: c.mine })}</Text>
              </div>
            ))}
          </Stack>
        </Alert>
      )}
      {base.phases.map((phase) => (
        <Card key={phase.key} withBorder component="section" aria-labelledby={`phase-${phase.key}`}>
          <Stack gap="sm">
            <Title order={3} id={`phase-${phase.key}`} size="h4">
              {t(`quality.forms.${base.form}.${phase.key}.title` as MessageKey)}
            </Title>
            {Object.entries(phase.fields).map(([field, value]) => (
              <Textarea
                key={field}
                label={label(phase.key, field)}
                autosize
                minRows={2}
                readOnly={!props.canEdit}
                value={draft[key(phase.key, field)] ?? value}
                onChange={(e) => setDraft((d) => ({ ...d, [key(phase.key, field)]: e.currentTarget.value }))}
              />
            ))}
            <Checkbox
              label={t('quality.inquiry.done')}
              disabled={!props.canEdit}
              checked={done[phase.key] ?? phase.done}
              onChange={(e) => setDone((d) => ({ ...d, [phase.key]: e.currentTarget.checked }))}
            />
          </Stack>
        </Card>
      ))}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {props.canEdit && (
        <Group>
          <Button onClick={() => void save()} loading={saving}>
            {t('quality.inquiry.save')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

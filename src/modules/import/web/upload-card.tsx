import { Alert, Button, FileButton, Group, Paper, Progress, Radio, Stack, Text, Title } from '@mantine/core';
import { useState, type DragEvent } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import { LIMITS } from '../../../shared/limits';
import type { ImportKind } from '../answers';
import { fileTooLarge, readCsvFile, uploadImport, type UploadStage } from './api';

interface Busy {
  name: string;
  stage: UploadStage;
  fraction: number | null;
}

/** Choose what the file holds, then drop or pick it: it is read, sent and checked at once. */
export function UploadCard({ onPreviewed }: { onPreviewed: (importId: string) => void }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<ImportKind>('units');
  const [busy, setBusy] = useState<Busy | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  const start = async (file: File | null | undefined) => {
    if (!file || busy) return;
    setError(null);
    if (!/\.(csv|txt)$/i.test(file.name)) return setError(t('import.upload.notCsv'));
    if (file.size > LIMITS.csvBytes) return setError(errorMessage(t, fileTooLarge()));
    const progress = (stage: UploadStage, fraction: number | null) =>
      setBusy({ name: file.name, stage, fraction });
    progress('reading', 0);
    try {
      const content = await readCsvFile(file, progress);
      const { importId } = await uploadImport({ kind, filename: file.name, content }, progress);
      onPreviewed(importId);
    } catch (err) {
      setError(errorMessage(t, err));
    } finally {
      setBusy(null);
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void start(e.dataTransfer.files[0]);
  };

  const percent = busy?.fraction == null ? 100 : Math.round(busy.fraction * 100);

  return (
    <Paper
      withBorder
      p={{ base: 'sm', sm: 'lg' }}
      component="section"
      aria-labelledby="import-upload-heading"
    >
      <Stack>
        <Title order={3} size="h4" id="import-upload-heading">
          {t('import.upload.heading')}
        </Title>
        <Radio.Group
          label={t('import.upload.kindLabel')}
          value={kind}
          onChange={(v) => setKind(v as ImportKind)}
        >
          <Stack gap="xs" mt="xs">
            <Radio
              value="units"
              label={t('import.kinds.units')}
              description={t('import.upload.kindUnitsHint')}
              disabled={!!busy}
            />
            <Radio
              value="people"
              label={t('import.kinds.people')}
              description={t('import.upload.kindPeopleHint')}
              disabled={!!busy}
            />
          </Stack>
        </Radio.Group>

        <Paper
          p="lg"
          radius="md"
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          style={{
            border: `2px dashed var(--mantine-color-${dragging ? 'teal-7' : 'gray-5'})`,
            background: dragging ? 'var(--mantine-color-teal-0)' : undefined,
          }}
        >
          <Stack gap="sm" align="center" ta="center">
            <Text fw={500}>{t('import.upload.fileLabel')}</Text>
            <Text size="sm">{dragging ? t('import.upload.dropActive') : t('import.upload.dropHint')}</Text>
            <FileButton
              onChange={(f) => void start(f)}
              accept=".csv,.txt,text/csv,text/plain"
              disabled={!!busy}
            >
              {(props) => (
                <Button {...props} disabled={!!busy}>
                  {t('import.upload.choose')}
                </Button>
              )}
            </FileButton>
            <Text size="xs" c="gray.7">
              {t('import.upload.limits')}
            </Text>
          </Stack>
        </Paper>

        <div aria-live="polite">
          {busy && (
            <Stack gap={6}>
              <Group justify="space-between" gap="xs">
                <Text size="sm">{t(`import.upload.${busy.stage}`, { name: busy.name })}</Text>
                {busy.fraction != null && <Text size="sm">{percent} %</Text>}
              </Group>
              <Progress
                value={percent}
                striped={busy.stage === 'checking'}
                animated={busy.stage === 'checking'}
                aria-label={t(`import.upload.${busy.stage}`, { name: busy.name })}
                size="lg"
              />
            </Stack>
          )}
        </div>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

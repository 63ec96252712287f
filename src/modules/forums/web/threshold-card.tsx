import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import { put } from '../../../web/lib/api';
import { Section } from '../../../web/components/page-header';
import { notifySuccess } from '../../../web/components/notify';
import { THRESHOLD_CEILING } from '../constants';
import type { SurveySettings, SurveySettingsAnswer } from '../answers';
import { forumKeys, refreshForums, useSurveySettings } from './api';

/** The organisation's anonymity threshold: an org admin sets it; everyone else just sees it. */
export function ThresholdCard() {
  const { t } = useI18n();
  const settings = useSurveySettings();
  if (!settings.data) return null;
  const s = settings.data.settings;
  if (!s.can.edit) return null;
  return (
    <Section title={t('forums.settings.title')} id="threshold">
      <Text size="sm" c="gray.7">
        {t('forums.settings.text', { floor: s.floor })}
      </Text>
      <ThresholdForm settings={s} />
    </Section>
  );
}

function ThresholdForm({ settings }: { settings: SurveySettings }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [value, setValue] = useState<number | string>(settings.threshold);
  const save = useMutation({
    mutationFn: () =>
      put<SurveySettingsAnswer>('/survey-settings', {
        threshold: Number(value),
        version: settings.version,
      }),
    onSuccess: async () => {
      notifySuccess(t('forums.settings.saved'));
      await queryClient.invalidateQueries({ queryKey: forumKeys.settings });
      await refreshForums(queryClient);
    },
  });
  return (
    <Stack gap="xs" maw={360}>
      <Group align="flex-end" gap="sm">
        <NumberInput
          label={t('forums.settings.label')}
          min={settings.floor}
          max={THRESHOLD_CEILING}
          value={value}
          onChange={setValue}
          error={save.isError ? errorMessage(t, save.error) : undefined}
          w={180}
        />
        <Button onClick={() => save.mutate()} loading={save.isPending}>
          {t('common.actions.save')}
        </Button>
      </Group>
    </Stack>
  );
}

import { Alert, Radio, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../../web/i18n';
import type { Initiative } from '../answers';
import { TASK_TESTS } from '../content/fields';
import { TASK_TEST_FIELDS } from '../form';
import { say } from './labels';
import { useSaveFields } from './use-save';

/** The guide's three tests of a task, asked one by one; a "no" names the test the task fails and how it looks. */
export function TaskTests({ initiative }: { initiative: Initiative }) {
  const { t, locale } = useI18n();
  const save = useSaveFields(initiative);
  const task = initiative.fields.task ?? {};
  // The answer shows at once; the server's answer replaces it when the save returns.
  const [chosen, setChosen] = useState<Record<string, string>>({});
  return (
    <Stack gap="sm">
      <Text fw={600}>{t('competence.tests.title')}</Text>
      {TASK_TESTS.map((test) => {
        const field = TASK_TEST_FIELDS[test.key];
        const stored = task[field] ?? '';
        const value = save.isPending ? (chosen[field] ?? stored) : stored;
        return (
          <Radio.Group
            key={test.key}
            label={say(test.question, locale)}
            value={value}
            onChange={(to) => {
              if (!initiative.can.edit) return;
              setChosen((c) => ({ ...c, [field]: to }));
              save.mutate({ changes: [{ phase: 'task', field, from: stored, to }] });
            }}
          >
            <Group gap="md" mt={4}>
              <Radio value="yes" label={t('competence.tests.yes')} disabled={!initiative.can.edit} />
              <Radio value="no" label={t('competence.tests.no')} disabled={!initiative.can.edit} />
            </Group>
          </Radio.Group>
        );
      })}
      {initiative.failingTests.map((key) => {
        const test = TASK_TESTS.find((x) => x.key === key)!;
        return (
          <Alert
            key={key}
            color="orange"
            title={t('competence.tests.failing', { name: say(test.name, locale) })}
          >
            <Text size="sm">{say(test.failing, locale)}</Text>
          </Alert>
        );
      })}
      {initiative.failingTests.length === 0 &&
        TASK_TESTS.every((x) => task[TASK_TEST_FIELDS[x.key]] === 'yes') && (
          <Text size="sm" fw={600}>
            {t('competence.tests.allPass')}
          </Text>
        )}
    </Stack>
  );
}

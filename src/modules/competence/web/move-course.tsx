import { Button, Group, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import type { Course, Initiative } from '../answers';
import { useInitiativeAction } from './use-save';

/** For the initiative's owners: a new day for the course; the conversations around it follow. */
export function MoveCourse({ course, initiative }: { course: Course; initiative: Initiative }) {
  const { t } = useI18n();
  const action = useInitiativeAction(initiative);
  const [courseOn, setCourseOn] = useState(course.courseOn);
  return (
    <form
      className="no-print"
      onSubmit={(e) => {
        e.preventDefault();
        action.mutate({
          method: 'PUT',
          path: `/courses/${course.id}/dates`,
          body: { version: course.version, courseOn },
        });
      }}
    >
      <Group align="flex-end" gap="xs">
        <TextInput
          type="date"
          size="xs"
          w={170}
          label={t('competence.courses.moveTo')}
          description={t('competence.courses.moveHint')}
          value={courseOn}
          onChange={(e) => setCourseOn(e.currentTarget.value)}
        />
        <Button
          type="submit"
          size="xs"
          variant="default"
          disabled={!courseOn || courseOn === course.courseOn}
        >
          {t('competence.courses.move')}
        </Button>
      </Group>
      {action.isError && (
        <Text size="sm" c="red.8" role="alert">
          {errorMessage(t, action.error)}
        </Text>
      )}
    </form>
  );
}

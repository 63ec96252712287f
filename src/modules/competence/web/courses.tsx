import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import type { Course, Initiative } from '../answers';
import { TRANSFER_NOTE } from '../content/transfer';
import { COMPETENCE_LIMITS } from '../validation';
import { say } from './labels';
import { MoveCourse } from './move-course';
import { useInitiativeAction } from './use-save';

/** Courses around the initiative: the conversation before, application during, the follow-up after. */
export function Courses({ initiative }: { initiative: Initiative }) {
  const { t, locale } = useI18n();
  return (
    <Stack gap="sm">
      <Text size="sm" c="gray.7">
        {say(TRANSFER_NOTE, locale)}
      </Text>
      {initiative.courses.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t('competence.courses.empty')}
        </Text>
      ) : (
        initiative.courses.map((c) => <CourseCard key={c.id} course={c} initiative={initiative} />)
      )}
      {initiative.can.edit && initiative.participants.length > 0 && <AddCourse initiative={initiative} />}
    </Stack>
  );
}

function CourseCard({ course, initiative }: { course: Course; initiative: Initiative }) {
  const { t, formatDate } = useI18n();
  const action = useInitiativeAction(initiative);
  const [notes, setNotes] = useState({
    expectations: course.expectations ?? '',
    commitment: course.commitment ?? '',
    application: course.application ?? '',
    followUp: course.followUp ?? '',
  });
  const id = `course-${course.id}`;
  return (
    <Card withBorder padding="sm" radius="sm" component="article" aria-labelledby={id}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Title order={4} size="h5" id={id} style={{ overflowWrap: 'anywhere' }}>
            {course.title} · {course.person.name}
          </Title>
          {course.followUpMissing && (
            <Badge color="red" variant="light" autoContrast>
              {t('competence.courses.missing')}
            </Badge>
          )}
        </Group>
        <Text size="sm">
          {t('competence.courses.beforeOn')}: {formatDate(course.beforeOn)} ·{' '}
          {t('competence.courses.courseOn')}: {formatDate(course.courseOn)} ·{' '}
          {t('competence.courses.followUpOn')}: {formatDate(course.followUpOn)}
        </Text>
        {initiative.can.edit && <MoveCourse course={course} initiative={initiative} />}
        {(['expectations', 'commitment', 'application', 'followUp'] as const).map((k) => (
          <Textarea
            key={k}
            label={t(`competence.courses.${k}`)}
            value={notes[k]}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setNotes((n) => ({ ...n, [k]: value }));
            }}
            maxLength={COMPETENCE_LIMITS.courseText}
            autosize
            minRows={1}
          />
        ))}
        <Checkbox
          label={t('competence.courses.followedUp')}
          checked={course.followedUpAt !== null}
          onChange={(e) =>
            action.mutate({
              method: 'PATCH',
              path: `/courses/${course.id}`,
              body: { version: course.version, followedUp: e.currentTarget.checked },
            })
          }
        />
        {action.isError && (
          <Text size="sm" c="red.8" role="alert">
            {errorMessage(t, action.error)}
          </Text>
        )}
        <Button
          size="xs"
          variant="light"
          className="no-print"
          style={{ alignSelf: 'flex-start' }}
          onClick={() =>
            action.mutate({
              method: 'PATCH',
              path: `/courses/${course.id}`,
              body: { version: course.version, ...notes },
            })
          }
        >
          {t('competence.courses.save')}
        </Button>
      </Stack>
    </Card>
  );
}

function AddCourse({ initiative }: { initiative: Initiative }) {
  const { t } = useI18n();
  const action = useInitiativeAction(initiative);
  const [personId, setPersonId] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [courseOn, setCourseOn] = useState('');
  const [beforeOn, setBeforeOn] = useState('');
  const [followUpOn, setFollowUpOn] = useState('');
  return (
    <Card withBorder padding="sm" radius="sm" className="no-print">
      <form
        aria-label={t('competence.courses.add')}
        onSubmit={(e) => {
          e.preventDefault();
          action.mutate(
            {
              method: 'POST',
              path: '/courses',
              body: {
                personId,
                title: title.trim(),
                courseOn,
                ...(beforeOn ? { beforeOn } : {}),
                ...(followUpOn ? { followUpOn } : {}),
              },
            },
            {
              onSuccess: () => {
                setTitle('');
                setCourseOn('');
                setBeforeOn('');
                setFollowUpOn('');
              },
            },
          );
        }}
      >
        <Stack gap="xs">
          <Group grow>
            <Select
              label={t('competence.courses.person')}
              data={initiative.participants.map((p) => ({ value: p.person.id, label: p.person.name }))}
              value={personId}
              onChange={setPersonId}
            />
            <TextInput
              label={t('competence.courses.name')}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              maxLength={COMPETENCE_LIMITS.title}
            />
          </Group>
          <Group grow>
            <TextInput
              type="date"
              label={t('competence.courses.courseOn')}
              value={courseOn}
              onChange={(e) => setCourseOn(e.currentTarget.value)}
            />
            <TextInput
              type="date"
              label={t('competence.courses.beforeOn')}
              value={beforeOn}
              onChange={(e) => setBeforeOn(e.currentTarget.value)}
            />
            <TextInput
              type="date"
              label={t('competence.courses.followUpOn')}
              value={followUpOn}
              onChange={(e) => setFollowUpOn(e.currentTarget.value)}
            />
          </Group>
          <Text size="xs" c="gray.7">
            {t('competence.courses.defaults')}
          </Text>
          {action.isError && (
            <Text size="sm" c="red.8" role="alert">
              {errorMessage(t, action.error)}
            </Text>
          )}
          <Group>
            <Button type="submit" size="xs" disabled={!personId || !title.trim() || !courseOn}>
              {t('competence.courses.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

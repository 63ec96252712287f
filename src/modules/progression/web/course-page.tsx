import {
  Anchor,
  Button,
  Checkbox,
  Group,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useI18n } from '../../../web/i18n';
import { del, post } from '../../../web/lib/api';
import { errorMessage } from '../../../web/i18n';
import { FormShell } from '../../../web/forms/form-shell';
import { notifySuccess } from '../../../web/components/notify';
import { ConfirmModal } from '../../../web/components/confirm-modal';
import { PageHeader, Section } from '../../../web/components/page-header';
import { Empty, LoadError, Loading } from '../../../web/components/states';
import { localDay } from '../../../shared/time';
import { LEVELS, type Level } from '../constants';
import { rateCourseInput } from '../validation';
import { possibleFirstNames } from '../pseudonyms';
import type { Course, CourseAnswer } from '../answers';
import { refreshProgression, useCourse } from './api';
import { CourseModal, describeProgressionIssue } from './course-form';
import { LevelBadge } from './level-badge';
import { ScrollRegion } from './scroll-region';

/** /progression/courses/$courseId: the progression model of one course and its ratings over time. */
export function CoursePage() {
  const { t } = useI18n();
  const { courseId } = useParams({ strict: false }) as { courseId: string };
  const query = useCourse(courseId);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const remove = useMutation({
    mutationFn: () => del(`/progression/courses/${courseId}`),
    onSuccess: async () => {
      notifySuccess(t('progression.course.deleted'));
      await refreshProgression(queryClient);
      await navigate({ to: '/progression' });
    },
  });
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const { course } = query.data;
  return (
    <Stack gap="lg" maw={900}>
      <Anchor component={Link} to="/progression" size="sm">
        ← {t('progression.course.back')}
      </Anchor>
      <PageHeader
        title={course.label}
        actions={
          course.can.edit && (
            <>
              <Button variant="default" onClick={() => setEditing(true)}>
                {t('progression.course.edit')}
              </Button>
              <Button variant="default" color="red" onClick={() => setDeleting(true)}>
                {t('progression.course.delete')}
              </Button>
            </>
          )
        }
      >
        <Text c="gray.7">
          {course.unit.name} · {t(`progression.kinds.${course.subjectKind}`)}
        </Text>
      </PageHeader>
      <Section title={t('progression.course.model')} id="progression-model">
        <Stack gap="sm">
          {(['challenge', 'initiative', 'outcome'] as const).map((k) => (
            <div key={k}>
              <Title order={4} size="h5">
                {t(`progression.form.${k}`)}
              </Title>
              <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {course[k] || t('progression.course.empty')}
              </Text>
            </div>
          ))}
        </Stack>
      </Section>
      <Section title={t('progression.course.ratings')} id="progression-ratings">
        <RatingsTable course={course} />
      </Section>
      {course.can.edit && (
        <Section title={t('progression.course.rate')} id="progression-rate">
          {course.areas.length === 0 ? (
            <Empty>{t('progression.course.noAreas')}</Empty>
          ) : (
            <RateForm course={course} />
          )}
        </Section>
      )}
      <CourseModal opened={editing} onClose={() => setEditing(false)} course={course} />
      <ConfirmModal
        opened={deleting}
        onClose={() => setDeleting(false)}
        title={t('progression.course.delete')}
        confirmLabel={t('progression.course.delete')}
        onConfirm={() => remove.mutate()}
        loading={remove.isPending}
        error={remove.error}
        danger
      >
        {t('progression.course.deleteConfirm')}
      </ConfirmModal>
    </Stack>
  );
}

function RatingsTable({ course }: { course: Course }) {
  const { t, formatDate } = useI18n();
  if (course.ratings.length === 0) return <Empty>{t('progression.course.ratingsEmpty')}</Empty>;
  const days = [...new Set(course.ratings.map((r) => r.ratedOn))];
  const areas = [
    ...course.areas,
    ...new Set(course.ratings.map((r) => r.area).filter((a) => !course.areas.includes(a))),
  ];
  return (
    <ScrollRegion label={t('progression.course.ratingsTable')}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('progression.course.date')}</Table.Th>
            {areas.map((a) => (
              <Table.Th key={a} scope="col">
                {a}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {days.map((d) => (
            <Table.Tr key={d}>
              <Table.Th scope="row">{formatDate(d)}</Table.Th>
              {areas.map((a) => {
                const r = course.ratings.find((x) => x.ratedOn === d && x.area === a);
                return (
                  <Table.Td key={a}>
                    {r ? (
                      <LevelBadge level={r.level} />
                    ) : (
                      <Text size="sm">{t('progression.course.notRated')}</Text>
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}

function RateForm({ course }: { course: Course }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [ratedOn, setRatedOn] = useState(localDay(new Date()));
  const [levels, setLevels] = useState<Record<string, Level | null>>({});
  const [note, setNote] = useState('');
  const [allowNames, setAllowNames] = useState(false);
  const [issue, setIssue] = useState<string | null>(null);
  const rate = useMutation({
    mutationFn: (body: unknown) => post<CourseAnswer>(`/progression/courses/${course.id}/ratings`, body),
    onSuccess: async () => {
      notifySuccess(t('progression.course.rated'));
      setLevels({});
      setNote('');
      await refreshProgression(queryClient);
    },
  });
  const submit = () => {
    const body = {
      ratedOn,
      levels: Object.entries(levels)
        .filter((e): e is [string, Level] => Boolean(e[1]))
        .map(([area, level]) => ({ area, level })),
      ...(note.trim() ? { note } : {}),
      ...(allowNames ? { allowNames } : {}),
    };
    const parsed = rateCourseInput.safeParse(body);
    if (!parsed.success) {
      const first = parsed.error.issues[0]!;
      setIssue(describeProgressionIssue(t, first) ?? t('common.form.checkField'));
      return;
    }
    setIssue(null);
    rate.mutate(body);
  };
  const serverError = rate.error ? errorMessage(t, rate.error) : null;
  return (
    <FormShell
      onSubmit={(e) => (e.preventDefault(), submit())}
      error={issue ?? serverError}
      submitLabel={t('common.actions.save')}
      pending={rate.isPending}
    >
      <TextInput
        type="date"
        label={t('progression.course.ratedOn')}
        value={ratedOn}
        onChange={(e) => setRatedOn(e.currentTarget.value)}
        maw={220}
      />
      <Group align="flex-end">
        {course.areas.map((area) => (
          <Select
            key={area}
            label={area}
            placeholder={t('progression.course.notRated')}
            data={LEVELS.map((l) => ({ value: l, label: t(`progression.levelMeaning.${l}`) }))}
            value={levels[area] ?? null}
            onChange={(v) => setLevels((s) => ({ ...s, [area]: (v as Level | null) ?? null }))}
            clearable
            w={240}
            comboboxProps={{ withinPortal: true }}
          />
        ))}
      </Group>
      <Textarea
        label={t('progression.course.note')}
        autosize
        minRows={2}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
      {possibleFirstNames(note).length > 0 && (
        <Checkbox
          label={t('progression.form.allowNames')}
          checked={allowNames}
          onChange={(e) => setAllowNames(e.currentTarget.checked)}
        />
      )}
    </FormShell>
  );
}

import { Anchor, Button, Card, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useI18n } from '../../../web/i18n';
import { put } from '../../../web/lib/api';
import { FormShell } from '../../../web/forms/form-shell';
import { notifySuccess } from '../../../web/components/notify';
import { errorMessage } from '../../../web/i18n';
import { PageHeader, Section } from '../../../web/components/page-header';
import { Empty, LoadError, Loading } from '../../../web/components/states';
import type { ListedCourse, UnitProgressionAnswer } from '../answers';
import { refreshProgression, useProgressionUnits, useUnitProgression } from './api';
import { CourseModal } from './course-form';
import { LevelBadge } from './level-badge';

/** /progression: a unit's courses with each area's latest level, its areas, and the way to its overview. */
export function ProgressionPage() {
  const { t } = useI18n();
  const units = useProgressionUnits();
  const [picked, setPicked] = useState<string | null>(null);
  const unitId = picked ?? units.data?.units[0]?.id ?? null;
  const unit = useUnitProgression(unitId);
  const [creating, setCreating] = useState(false);
  const [editingAreas, setEditingAreas] = useState(false);

  if (units.isPending) return <Loading />;
  if (units.isError) return <LoadError error={units.error} onRetry={() => void units.refetch()} />;
  return (
    <Stack gap="lg" maw={900}>
      <PageHeader
        title={t('progression.page.title')}
        actions={
          unit.data && (
            <>
              <Button component={Link} to={`/progression/overview/${unit.data.unit.id}`} variant="default">
                {t('progression.page.overview')}
              </Button>
              {unit.data.can.edit && (
                <Button onClick={() => setCreating(true)}>{t('progression.page.create')}</Button>
              )}
            </>
          )
        }
      >
        <Text c="gray.7">{t('progression.page.intro')}</Text>
      </PageHeader>
      {units.data.units.length === 0 ? (
        <Empty>{t('progression.page.noUnits')}</Empty>
      ) : (
        <>
          {units.data.units.length > 1 && (
            <Select
              label={t('progression.page.unit')}
              data={units.data.units.map((u) => ({ value: u.id, label: u.name }))}
              value={unitId}
              onChange={(v) => v && setPicked(v)}
              allowDeselect={false}
              maw={400}
            />
          )}
          {unit.isPending ? (
            <Loading />
          ) : unit.isError ? (
            <LoadError error={unit.error} onRetry={() => void unit.refetch()} />
          ) : (
            <UnitSections data={unit.data} onEditAreas={() => setEditingAreas(true)} />
          )}
        </>
      )}
      {unit.data && (
        <>
          <CourseModal opened={creating} onClose={() => setCreating(false)} unitId={unit.data.unit.id} />
          <AreasModal opened={editingAreas} onClose={() => setEditingAreas(false)} data={unit.data} />
        </>
      )}
    </Stack>
  );
}

function UnitSections({ data, onEditAreas }: { data: UnitProgressionAnswer; onEditAreas: () => void }) {
  const { t } = useI18n();
  return (
    <>
      <Section title={t('progression.page.areas')} id="progression-areas">
        <Stack gap="xs">
          <Text>{data.areas.length ? data.areas.join(' · ') : t('progression.page.areasNone')}</Text>
          {data.areasFrom && data.areasFrom.id !== data.unit.id && (
            <Text size="sm" c="gray.7">
              {t('progression.page.areasFrom', { name: data.areasFrom.name })}
            </Text>
          )}
          {data.can.setAreas && (
            <Group>
              <Button variant="default" size="xs" onClick={onEditAreas}>
                {t('progression.page.editAreas')}
              </Button>
            </Group>
          )}
        </Stack>
      </Section>
      <Section title={t('progression.page.courses')} id="progression-courses">
        {data.courses.length === 0 ? (
          <Empty>{t('progression.page.coursesEmpty')}</Empty>
        ) : (
          <Stack gap="sm">
            {data.courses.map((c) => (
              <CourseCard key={c.id} course={c} />
            ))}
          </Stack>
        )}
      </Section>
    </>
  );
}

function CourseCard({ course }: { course: ListedCourse }) {
  const { t, formatDate } = useI18n();
  return (
    <Card withBorder radius="md" padding="sm" component="article" aria-label={course.label}>
      <Stack gap={4}>
        <Anchor
          component={Link}
          to={`/progression/courses/${course.id}`}
          fw={600}
          style={{ overflowWrap: 'anywhere' }}
        >
          {course.label}
        </Anchor>
        <Text size="sm" c="gray.8">
          {t(`progression.kinds.${course.subjectKind}`)} ·{' '}
          {t('progression.page.started', { date: formatDate(course.startedOn) })}
        </Text>
        {course.latest.length === 0 ? (
          <Text size="sm">{t('progression.page.notRated')}</Text>
        ) : (
          <Group gap="xs">
            <Text size="sm">{t('progression.page.latest')}:</Text>
            {course.latest.map((l) => (
              <Group key={l.area} gap={4}>
                <Text size="sm">{l.area}</Text>
                <LevelBadge level={l.level} />
              </Group>
            ))}
          </Group>
        )}
      </Stack>
    </Card>
  );
}

function AreasModal({
  opened,
  onClose,
  data,
}: {
  opened: boolean;
  onClose: () => void;
  data: UnitProgressionAnswer;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const own = data.areasFrom?.id === data.unit.id ? data.areas : [];
  const [value, setValue] = useState(own.length ? own.join('\n') : t('progression.areasForm.suggestion'));
  const save = useMutation({
    mutationFn: () =>
      put<UnitProgressionAnswer>(`/progression/units/${data.unit.id}/areas`, {
        areas: value
          .split('\n')
          .map((a) => a.trim())
          .filter(Boolean),
      }),
    onSuccess: async () => {
      notifySuccess(t('progression.areasForm.saved'));
      await refreshProgression(queryClient);
      onClose();
    },
  });
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('progression.areasForm.title')}
      centered
      closeButtonProps={{ 'aria-label': t('common.actions.close') }}
    >
      <FormShell
        onSubmit={(e) => (e.preventDefault(), save.mutate())}
        error={save.error ? errorMessage(t, save.error) : null}
        submitLabel={t('common.actions.save')}
        pending={save.isPending}
        onCancel={onClose}
      >
        <Textarea
          label={t('progression.areasForm.label')}
          description={t('progression.areasForm.hint')}
          autosize
          minRows={4}
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
        />
      </FormShell>
    </Modal>
  );
}

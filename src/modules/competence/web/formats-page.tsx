import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Modal,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import { put } from '../../../web/lib/api';
import { notifySuccess } from '../../../web/components/notify';
import { PageHeader } from '../../../web/components/page-header';
import { LoadError, Loading } from '../../../web/components/states';
import type { LearningFormatAnswer } from '../answers';
import { FORMAT_SUITS } from '../constants';
import { COMPETENCE_LIMITS } from '../validation';
import { competenceKeys, useFormats } from './api';

/** /learning-formats: the organisation's catalogue; HR and admins adapt a format's texts and suits. */
export function FormatsPage() {
  const { t, locale } = useI18n();
  const query = useFormats();
  const [editing, setEditing] = useState<LearningFormatAnswer | null>(null);
  return (
    <Stack gap="lg" maw={900}>
      <PageHeader title={t('competence.formats.title')}>
        <Text c="gray.7">{t('competence.formats.intro')}</Text>
      </PageHeader>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {query.data.formats.map((f) => (
            <Card
              key={f.key}
              component="li"
              withBorder
              padding="sm"
              radius="md"
              aria-labelledby={`format-${f.key}`}
            >
              <Stack gap={4}>
                <Group justify="space-between" gap="xs">
                  <Title order={3} size="h5" id={`format-${f.key}`}>
                    {f.name[locale]}
                  </Title>
                  <Group gap={4}>
                    {f.edited && (
                      <Badge variant="light" color="gray" autoContrast>
                        {t('competence.formats.edited')}
                      </Badge>
                    )}
                    {f.hidden && (
                      <Badge variant="light" color="orange" autoContrast>
                        {t('competence.formats.hidden')}
                      </Badge>
                    )}
                    {query.data.can.edit && (
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setEditing(f)}
                        aria-label={`${t('competence.formats.edit')}: ${f.name[locale]}`}
                      >
                        {t('competence.formats.edit')}
                      </Button>
                    )}
                  </Group>
                </Group>
                <Text size="sm">{f.description[locale]}</Text>
                <Text size="sm" c="gray.8">
                  {t('competence.formats.suits')}:{' '}
                  {f.suits.map((s) => t(`competence.formats.suit.${s}`)).join(', ')}
                </Text>
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
      {editing && <EditFormat format={editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

function EditFormat({ format, onClose }: { format: LearningFormatAnswer; onClose: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [value, setValue] = useState({
    name: { ...format.name },
    description: { ...format.description },
    suits: [...format.suits],
    hidden: format.hidden,
  });
  const save = useMutation({
    mutationFn: () => put(`/learning-formats/${format.key}`, { version: format.version, ...value }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: competenceKeys.formats });
      notifySuccess(t('competence.formats.saved'));
      onClose();
    },
  });
  const text = (which: 'name' | 'description', lang: 'da' | 'en', label: string) => {
    const props = {
      label,
      value: value[which][lang],
      required: true,
      maxLength: which === 'name' ? COMPETENCE_LIMITS.formatName : COMPETENCE_LIMITS.formatDescription,
      onChange: (e: { currentTarget: { value: string } }) => {
        const v = e.currentTarget.value;
        setValue((s) => ({ ...s, [which]: { ...s[which], [lang]: v } }));
      },
    };
    return which === 'name' ? <TextInput {...props} /> : <Textarea {...props} autosize minRows={3} />;
  };
  return (
    <Modal opened onClose={onClose} title={format.name.da} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Stack gap="sm">
          {text('name', 'da', t('competence.formats.nameDa'))}
          {text('name', 'en', t('competence.formats.nameEn'))}
          {text('description', 'da', t('competence.formats.descriptionDa'))}
          {text('description', 'en', t('competence.formats.descriptionEn'))}
          <Checkbox.Group
            label={t('competence.formats.suits')}
            value={value.suits}
            onChange={(suits) => setValue((s) => ({ ...s, suits: suits as typeof s.suits }))}
          >
            <Group gap="md" mt={4}>
              {FORMAT_SUITS.map((s) => (
                <Checkbox key={s} value={s} label={t(`competence.formats.suit.${s}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <Checkbox
            label={t('competence.formats.hide')}
            checked={value.hidden}
            onChange={(e) => {
              const hidden = e.currentTarget.checked;
              setValue((s) => ({ ...s, hidden }));
            }}
          />
          {save.isError && (
            <Text c="red.8" role="alert">
              {errorMessage(t, save.error)}
            </Text>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} disabled={value.suits.length === 0}>
              {t('competence.formats.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import {
  Alert,
  Button,
  Group,
  Pagination,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useI18n } from '../../../../web/i18n';
import { useMe } from '../../../../web/lib/session';
import { ROLES, type Role } from '../../../../shared/roles';
import { PAGE_SIZE, usePeople } from '../api';
import { Empty, LoadError, Loading } from '../../../../web/components/states';
import { UnitSelect } from '../components/unit-select';
import { CreatePersonModal } from './create-person-modal';
import { PeopleList } from './people-list';
import type { PeopleSearch } from './people-search';

interface PeoplePageProps {
  search: PeopleSearch;
  onSearchChange: (next: PeopleSearch) => void;
}

/** Everyone (for HR) or the people one leads (for leaders), searchable and filtered. */
export function PeoplePage({ search, onSearchChange }: PeoplePageProps) {
  const { t, formatNumber } = useI18n();
  const { data: me } = useMe();
  const isAdmin = me?.abilities.administer ?? false;
  // Only admins and leaders have a list; the navigation hides it from others, who may still type the address.
  const mayList = isAdmin || (me?.abilities.lead ?? false);
  const [creating, setCreating] = useState(false);
  const [text, setText] = useState(search.query ?? '');
  const page = search.page ?? 1;
  const people = usePeople(
    {
      query: search.query,
      unitId: search.unitId,
      role: search.role,
      includeInactive: search.inactive,
      page,
    },
    mayList,
  );

  // Any change of filter starts again at page 1.
  const update = (patch: Partial<PeopleSearch>) => onSearchChange({ ...search, page: undefined, ...patch });
  const commitQuery = useDebouncedCallback(
    (value: string) => update({ query: value.trim() || undefined }),
    300,
  );
  const filtered = Boolean(search.query || search.unitId || search.role || search.inactive);
  const total = people.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  if (me && !mayList) {
    return (
      <Stack>
        <Title order={2}>{t('org.people.title')}</Title>
        <Alert color="gray">{t('common.errors.FORBIDDEN')}</Alert>
      </Stack>
    );
  }

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={2}>{t('org.people.title')}</Title>
          <Text c="gray.7">{isAdmin ? t('org.people.introAdmin') : t('org.people.introLeader')}</Text>
        </Stack>
        {isAdmin && <Button onClick={() => setCreating(true)}>{t('org.people.create')}</Button>}
      </Group>

      <Group align="flex-end" gap="sm" role="search">
        <TextInput
          label={t('org.people.search')}
          placeholder={t('org.people.searchPlaceholder')}
          type="search"
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            commitQuery(e.currentTarget.value);
          }}
          style={{ flex: '2 1 16rem' }}
        />
        <div style={{ flex: '2 1 14rem' }}>
          <UnitSelect
            label={t('org.people.unitFilter')}
            value={search.unitId ?? null}
            onChange={(unitId) => update({ unitId: unitId ?? undefined })}
            allowTopLevel
            topLevelLabel={t('org.people.allUnits')}
          />
        </div>
        <Select
          label={t('org.people.roleFilter')}
          data={[
            { value: '', label: t('org.people.allRoles') },
            ...ROLES.map((r) => ({ value: r, label: t(`common.roles.${r}`) })),
          ]}
          value={search.role ?? ''}
          onChange={(v) => update({ role: (v || undefined) as Role | undefined })}
          allowDeselect={false}
          style={{ flex: '1 1 10rem' }}
        />
      </Group>
      <Group justify="space-between" gap="sm">
        <Switch
          label={t('org.people.includeInactive')}
          checked={search.inactive ?? false}
          onChange={(e) => update({ inactive: e.currentTarget.checked || undefined })}
        />
        {people.data && (
          <Text size="sm" c="gray.7" role="status">
            {total === 1 ? t('org.people.totalOne') : t('org.people.total', { count: formatNumber(total) })}
          </Text>
        )}
      </Group>

      {people.isPending ? (
        <Loading />
      ) : people.isError ? (
        <LoadError error={people.error} onRetry={() => void people.refetch()} />
      ) : people.data.people.length === 0 ? (
        <Empty
          action={
            filtered ? (
              <Button
                variant="default"
                onClick={() => {
                  setText('');
                  onSearchChange({});
                }}
              >
                {t('org.people.clearFilters')}
              </Button>
            ) : undefined
          }
        >
          {filtered ? t('org.people.noMatch') : t('org.people.empty')}
        </Empty>
      ) : (
        <>
          <div style={{ opacity: people.isPlaceholderData ? 0.6 : 1 }} aria-busy={people.isPlaceholderData}>
            <PeopleList people={people.data.people} />
          </div>
          {pages > 1 && (
            <nav aria-label={t('org.people.pagination')}>
              <Pagination
                total={pages}
                value={page}
                onChange={(p) => onSearchChange({ ...search, page: p === 1 ? undefined : p })}
                siblings={1}
                getItemProps={(p) => ({ 'aria-label': t('org.people.pageLabel', { page: p }) })}
                getControlProps={(control) =>
                  control === 'previous'
                    ? { 'aria-label': t('common.actions.previous') }
                    : control === 'next'
                      ? { 'aria-label': t('common.actions.next') }
                      : {}
                }
              />
            </nav>
          )}
        </>
      )}

      {isAdmin && <CreatePersonModal opened={creating} onClose={() => setCreating(false)} />}
    </Stack>
  );
}

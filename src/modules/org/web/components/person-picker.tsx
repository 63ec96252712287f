import { Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useI18n } from '../../../../web/i18n';
import type { DirectoryEntry } from '../../answers';
import { useDirectory } from '../api';

interface PersonPickerProps {
  value: string | null;
  onChange: (personId: string | null, person: DirectoryEntry | null) => void;
  /** People who cannot be picked again, e.g. the team's members. */
  excludeIds?: readonly string[];
  error?: string | undefined;
  label?: string;
  autoFocus?: boolean;
}

/** Finds a colleague by name in the organisation's directory (searched on the server). */
export function PersonPicker({
  value,
  onChange,
  excludeIds = [],
  error,
  label,
  autoFocus,
}: PersonPickerProps) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  // Keep the chosen entry so its name stays shown while the search text changes the results.
  const [chosen, setChosen] = useState<DirectoryEntry | null>(null);
  const directory = useDirectory(debounced);

  const entries = useMemo(() => {
    const list = (directory.data ?? []).filter((p) => !excludeIds.includes(p.id));
    if (chosen && !list.some((p) => p.id === chosen.id)) list.unshift(chosen);
    return list;
  }, [directory.data, excludeIds, chosen]);
  const byId = useMemo(() => new Map(entries.map((p) => [p.id, p])), [entries]);

  return (
    <Select
      label={label ?? t('org.picker.label')}
      placeholder={t('org.picker.placeholder')}
      searchable
      // Opening on focus would cover the dialog's buttons as soon as it opens with this field focused.
      openOnFocus={false}
      data-autofocus={autoFocus ? true : undefined}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id) => {
        const person = id ? (byId.get(id) ?? null) : null;
        setChosen(person);
        onChange(id, person);
      }}
      data={entries.map((p) => ({ value: p.id, label: p.name }))}
      // The server already matched the search; filtering again here would hide fuzzy matches.
      filter={({ options }) => options}
      nothingFoundMessage={directory.isFetching ? t('common.states.loading') : t('org.picker.nothingFound')}
      renderOption={({ option }) => {
        const person = byId.get(option.value);
        const detail = [person?.jobTitle, ...(person?.units ?? [])].filter(Boolean).join(' · ');
        return (
          <Stack gap={0}>
            <Text size="sm">{option.label}</Text>
            {detail && (
              <Text size="xs" c="gray.7">
                {detail}
              </Text>
            )}
          </Stack>
        );
      }}
      error={error}
      required
      comboboxProps={{ withinPortal: true }}
    />
  );
}

import { Select, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useI18n } from '../../../../web/i18n';
import { useUnits } from '../api';
import { buildUnitTree, flattenTree, unitPath } from '../unit-tree-model';

export const TOP_LEVEL = '__top__';

interface UnitSelectProps {
  label: string;
  value: string | null;
  onChange: (unitId: string | null) => void;
  /** Units that may not be chosen (e.g. a unit itself and its sub-units when moving it). */
  exclude?: ReadonlySet<string> | readonly string[];
  /** When given, only these units may be chosen (e.g. the units a leader leads). */
  only?: ReadonlySet<string>;
  /** Offer "no unit" as a choice, returned as null. */
  allowTopLevel?: boolean;
  topLevelLabel?: string;
  error?: string | undefined;
  description?: string | undefined;
  required?: boolean;
  autoFocus?: boolean;
}

interface Option {
  value: string;
  /** What the input shows once chosen: the name, and the parent's when the name is not unique. */
  label: string;
  name: string;
  depth: number;
  parents: string;
  /** The whole path in lower case, which a search matches against. */
  haystack: string;
}

/**
 * Picks a unit by typing any part of its name or of the units above it. The list is indented
 * like the tree; while searching, each hit also names the units above it.
 */
export function UnitSelect(props: UnitSelectProps) {
  const { t, locale } = useI18n();
  const units = useUnits();
  const [search, setSearch] = useState('');
  const options = useMemo(() => {
    const tree = buildUnitTree(units.data ?? [], locale);
    const excluded = new Set(props.exclude ?? []);
    const nameCount = new Map<string, number>();
    for (const unit of tree.byId.values()) nameCount.set(unit.name, (nameCount.get(unit.name) ?? 0) + 1);
    const list: Option[] = flattenTree(tree)
      .filter(({ unit }) => !excluded.has(unit.id) && (!props.only || props.only.has(unit.id)))
      .map(({ unit, depth }) => {
        const path = unitPath(tree, unit.id);
        const parent = path.at(-2);
        const label = (nameCount.get(unit.name) ?? 0) > 1 && parent ? `${unit.name} (${parent})` : unit.name;
        const parents = path.slice(0, -1).join(' › ');
        return {
          value: unit.id,
          label,
          name: unit.name,
          depth,
          parents,
          haystack: path.join(' ').toLocaleLowerCase(),
        };
      });
    if (props.allowTopLevel) {
      const top = props.topLevelLabel ?? t('org.units.topLevel');
      list.unshift({
        value: TOP_LEVEL,
        label: top,
        name: top,
        depth: 0,
        parents: '',
        haystack: top.toLocaleLowerCase(),
      });
    }
    return list;
  }, [units.data, locale, props.exclude, props.only, props.allowTopLevel, props.topLevelLabel, t]);
  const byValue = useMemo(() => new Map(options.map((o) => [o.value, o])), [options]);

  const value = props.value ?? (props.allowTopLevel ? TOP_LEVEL : null);
  const selectedLabel = value ? byValue.get(value)?.label : undefined;
  const searching = search !== '' && search !== selectedLabel;
  return (
    <Select
      label={props.label}
      description={props.description}
      searchable
      // Opening on focus would cover the dialog's buttons as soon as it opens with this field focused.
      openOnFocus={false}
      data={options.map(({ value: v, label }) => ({ value: v, label }))}
      value={value}
      onChange={(v) => props.onChange(v === TOP_LEVEL ? null : v)}
      onSearchChange={setSearch}
      filter={({ options: shown, search: text }) => {
        const needle = text.trim().toLocaleLowerCase();
        if (!needle) return shown;
        return shown.filter(
          (o) => 'value' in o && (byValue.get(o.value)?.haystack.includes(needle) ?? false),
        );
      }}
      renderOption={({ option }) => {
        const o = byValue.get(option.value);
        if (!o) return option.label;
        return (
          <div style={{ paddingInlineStart: searching ? 0 : `${Math.min(o.depth, 5) * 0.875}rem` }}>
            <Text size="sm">{o.name}</Text>
            {searching && o.parents && (
              <Text size="xs" c="gray.7">
                {o.parents}
              </Text>
            )}
          </div>
        );
      }}
      allowDeselect={false}
      nothingFoundMessage={units.isLoading ? t('common.states.loading') : t('org.units.noMatch')}
      error={props.error ?? (units.isError ? t('common.states.errorTitle') : undefined)}
      required={props.required}
      data-autofocus={props.autoFocus ? true : undefined}
      maxDropdownHeight={300}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

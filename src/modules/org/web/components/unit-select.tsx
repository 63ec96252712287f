import { Select } from '@mantine/core';
import { useMemo } from 'react';
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
  /** Offer "no parent" as a choice, returned as null. */
  allowTopLevel?: boolean;
  topLevelLabel?: string;
  error?: string | undefined;
  description?: string;
  required?: boolean;
  autoFocus?: boolean;
}

/** Picks a unit by typing any part of its name; each choice shows its full place in the tree. */
export function UnitSelect(props: UnitSelectProps) {
  const { t, locale } = useI18n();
  const units = useUnits();
  const data = useMemo(() => {
    const tree = buildUnitTree(units.data ?? [], locale);
    const excluded = new Set(props.exclude ?? []);
    const options = flattenTree(tree)
      .filter(({ unit }) => !excluded.has(unit.id) && (!props.only || props.only.has(unit.id)))
      .map(({ unit }) => ({ value: unit.id, label: unitPath(tree, unit.id).join(' › ') }));
    return props.allowTopLevel
      ? [{ value: TOP_LEVEL, label: props.topLevelLabel ?? t('org.units.topLevel') }, ...options]
      : options;
  }, [units.data, locale, props.exclude, props.only, props.allowTopLevel, props.topLevelLabel, t]);

  const value = props.value ?? (props.allowTopLevel ? TOP_LEVEL : null);
  return (
    <Select
      label={props.label}
      description={props.description}
      searchable
      data={data}
      value={value}
      onChange={(v) => props.onChange(v === TOP_LEVEL ? null : v)}
      allowDeselect={false}
      nothingFoundMessage={units.isLoading ? t('common.states.loading') : t('org.units.noMatch')}
      error={props.error ?? (units.isError ? t('common.states.errorTitle') : undefined)}
      required={props.required}
      data-autofocus={props.autoFocus ? true : undefined}
      maxDropdownHeight={280}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

import { Select } from '@mantine/core';
import { Controller, type Control } from 'react-hook-form';
import { useI18n } from '../../../../web/i18n';
import { TEAM_KINDS, UNIT_KINDS } from '../../../../shared/roles';

/** The required choice of a unit's or a team's kind, bound to the form's `kind` field. */
export function KindSelect({
  of,
  control,
  error,
}: {
  of: 'unit' | 'team';
  control: Control<{ kind: string }>;
  error?: string | undefined;
}) {
  const { t } = useI18n();
  const kinds =
    of === 'unit'
      ? UNIT_KINDS.map((k) => ({ value: k, label: t(`common.unitKinds.${k}`) }))
      : TEAM_KINDS.map((k) => ({ value: k, label: t(`common.teamKinds.${k}`) }));
  return (
    <Controller
      control={control}
      name="kind"
      render={({ field }) => (
        <Select
          label={of === 'unit' ? t('org.units.fields.kind') : t('org.teams.fields.kind')}
          data={kinds}
          value={field.value}
          onChange={(v) => field.onChange(v)}
          allowDeselect={false}
          required
          error={error}
          comboboxProps={{ withinPortal: true }}
        />
      )}
    />
  );
}

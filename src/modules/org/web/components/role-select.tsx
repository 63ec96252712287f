import { Select } from '@mantine/core';
import { useI18n } from '../../../../web/i18n';
import { ROLES, type Role } from '../../../../shared/roles';

/** The required choice of a role in a unit. */
export function RoleSelect({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  /** None yet in a new form (react-hook-form types an array item's field as possibly unset). */
  value: Role | undefined;
  onChange: (role: Role) => void;
  error?: string | undefined;
}) {
  const { t } = useI18n();
  return (
    <Select
      label={label}
      data={ROLES.map((r) => ({ value: r, label: t(`common.roles.${r}`) }))}
      value={value ?? null}
      onChange={(v) => v && onChange(v as Role)}
      allowDeselect={false}
      required
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

import { Select, type SelectProps } from '@mantine/core';

/**
 * A choice that may be left empty, with "none" as a named first option (a screen reader hears it,
 * unlike a cleared field): the form holds null for it.
 */
export function OptionalSelect({
  noneLabel,
  options,
  value,
  onChange,
  ...props
}: Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  noneLabel: string;
  options: { value: string; label: string }[];
  value: string | null | undefined;
  onChange: (value: string | null) => void;
}) {
  return (
    <Select
      {...props}
      data={[{ value: '', label: noneLabel }, ...options]}
      value={value ?? ''}
      onChange={(v) => onChange(v ? v : null)}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

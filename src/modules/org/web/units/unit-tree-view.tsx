import { ActionIcon, Anchor, Box, Group, Menu, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useI18n } from '../../../../web/i18n';
import type { UnitRow } from '../../answers';
import type { UnitTree } from '../unit-tree-model';
import { Chevron } from '../../../../web/components/chevron';
import classes from './unit-tree.module.css';

export type UnitAction = 'createChild' | 'edit' | 'move' | 'delete';

interface UnitTreeViewProps {
  tree: UnitTree;
  expanded: ReadonlySet<string>;
  onToggle: (id: string) => void;
  /** When searching: only these units are drawn. */
  visible: ReadonlySet<string> | null;
  highlighted: ReadonlySet<string>;
  /** Given only to those who may change units. */
  onAction?: ((action: UnitAction, unit: UnitRow) => void) | undefined;
}

/**
 * The unit tree as nested lists with a disclosure button per unit: links and action menus stay
 * ordinary focusable controls, which an ARIA tree widget would not allow inside its items.
 */
export function UnitTreeView(props: UnitTreeViewProps) {
  const { t } = useI18n();
  return (
    <ul className={classes.list} aria-label={t('org.units.tree')}>
      {props.tree.roots.map((unit) => (
        <UnitNode key={unit.id} unit={unit} depth={0} {...props} />
      ))}
    </ul>
  );
}

function UnitNode({ unit, depth, ...props }: UnitTreeViewProps & { unit: UnitRow; depth: number }) {
  const { t, formatNumber } = useI18n();
  const children = (props.tree.children.get(unit.id) ?? []).filter(
    (c) => !props.visible || props.visible.has(c.id),
  );
  if (props.visible && !props.visible.has(unit.id)) return null;
  const open = props.expanded.has(unit.id) || props.visible !== null;
  const count =
    unit.memberCount === 1
      ? t('org.units.membersOne')
      : t('org.units.membersOther', { count: formatNumber(unit.memberCount) });

  return (
    <li>
      <Group
        wrap="nowrap"
        gap={6}
        className={classes.row}
        style={{ paddingInlineStart: `calc(${depth} * var(--unit-indent))` }}
        data-highlight={props.highlighted.has(unit.id) || undefined}
      >
        {children.length > 0 && !props.visible ? (
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-expanded={open}
            aria-label={t(open ? 'org.units.collapse' : 'org.units.expand', { name: unit.name })}
            onClick={() => props.onToggle(unit.id)}
          >
            <Chevron open={open} />
          </ActionIcon>
        ) : (
          <Box w={34} style={{ flexShrink: 0 }} />
        )}
        <Box style={{ flex: 1, minWidth: 0 }}>
          <Anchor component={Link} to={`/units/${unit.id}`} fw={500} className={classes.name}>
            {unit.name}
          </Anchor>
          <Text size="xs" c="gray.7">
            {t(`common.unitKinds.${unit.kind}`)} · {count}
          </Text>
        </Box>
        {props.onAction && <UnitMenu unit={unit} onAction={props.onAction} />}
      </Group>
      {open && children.length > 0 && (
        <ul className={classes.list}>
          {children.map((child) => (
            <UnitNode key={child.id} unit={child} depth={depth + 1} {...props} />
          ))}
        </ul>
      )}
    </li>
  );
}

function UnitMenu({
  unit,
  onAction,
}: {
  unit: UnitRow;
  onAction: (action: UnitAction, unit: UnitRow) => void;
}) {
  const { t } = useI18n();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="lg"
          aria-label={t('org.units.actionsFor', { name: unit.name })}
        >
          <svg width="18" height="18" viewBox="0 0 16 16" aria-hidden="true">
            <circle cx="3" cy="8" r="1.5" fill="currentColor" />
            <circle cx="8" cy="8" r="1.5" fill="currentColor" />
            <circle cx="13" cy="8" r="1.5" fill="currentColor" />
          </svg>
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => onAction('createChild', unit)}>{t('org.units.createChild')}</Menu.Item>
        <Menu.Item onClick={() => onAction('edit', unit)}>{t('common.actions.edit')}</Menu.Item>
        <Menu.Item onClick={() => onAction('move', unit)}>{t('common.actions.move')}</Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red" c="red.9" onClick={() => onAction('delete', unit)}>
          {t('common.actions.delete')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

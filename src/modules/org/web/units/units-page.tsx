import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useI18n } from '../../../../web/i18n';
import { useMe } from '../../../../web/lib/session';
import type { UnitRow } from '../../answers';
import { useUnits } from '../api';
import { Empty, LoadError, Loading } from '../../../../web/components/states';
import { buildUnitTree, matchingUnits } from '../unit-tree-model';
import { CreateUnitModal, EditUnitModal } from './unit-form-modals';
import { DeleteUnitModal, MoveUnitModal } from './unit-move-delete';
import { UnitTreeView, type UnitAction } from './unit-tree-view';

type Dialog = { action: UnitAction; unit: UnitRow } | { action: 'create'; unit: null };

/** The organisation's unit tree; HR and organisation admins change it here. */
export function UnitsPage() {
  const { t, locale } = useI18n();
  const { data: me } = useMe();
  const units = useUnits();
  const canAdminister = me?.abilities.administer ?? false;
  const tree = useMemo(() => buildUnitTree(units.data ?? [], locale), [units.data, locale]);
  const [query, setQuery] = useState('');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  // The top two levels start open; a municipality's full tree is too long to show at once.
  const [expanded, setExpanded] = useState<Set<string> | null>(null);
  const defaultExpanded = useMemo(
    () =>
      new Set(
        tree.roots.flatMap((root) => [root.id, ...(tree.children.get(root.id) ?? []).map((u) => u.id)]),
      ),
    [tree],
  );
  const openIds = expanded ?? defaultExpanded;
  const search = useMemo(() => matchingUnits(tree, query), [tree, query]);
  const searching = query.trim().length > 0;
  const visible = searching ? new Set([...search.matches, ...search.open]) : null;

  const toggle = (id: string) => {
    const next = new Set(openIds);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setExpanded(next);
  };
  const close = () => setDialog(null);
  // Open the way down to a new unit so it is seen where it landed.
  const reveal = (unit: { parentId: string | null }) => {
    const next = new Set(openIds);
    let id = unit.parentId;
    while (id && !next.has(id)) {
      next.add(id);
      id = tree.byId.get(id)?.parentId ?? null;
    }
    setExpanded(next);
  };
  const target = (action: UnitAction) => (dialog?.action === action ? dialog.unit : null);

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={2}>{t('org.units.title')}</Title>
          <Text c="gray.7">{canAdminister ? t('org.units.introAdmin') : t('org.units.introReadOnly')}</Text>
        </Stack>
        {canAdminister && (
          <Button onClick={() => setDialog({ action: 'create', unit: null })}>{t('org.units.create')}</Button>
        )}
      </Group>

      {units.isPending ? (
        <Loading />
      ) : units.isError ? (
        <LoadError error={units.error} onRetry={() => void units.refetch()} />
      ) : tree.roots.length === 0 ? (
        <Empty>{t('org.units.empty')}</Empty>
      ) : (
        <>
          <Group align="flex-end" gap="sm">
            <TextInput
              label={t('org.units.find')}
              placeholder={t('org.units.findPlaceholder')}
              type="search"
              value={query}
              onChange={(e) => setQuery(e.currentTarget.value)}
              style={{ flex: '1 1 16rem' }}
            />
            {!searching && (
              <Group gap="xs">
                <Button variant="default" onClick={() => setExpanded(new Set(tree.byId.keys()))}>
                  {t('org.units.expandAll')}
                </Button>
                <Button variant="default" onClick={() => setExpanded(new Set())}>
                  {t('org.units.collapseAll')}
                </Button>
              </Group>
            )}
          </Group>
          {searching && search.matches.size === 0 ? (
            <Empty>{t('org.units.noMatch')}</Empty>
          ) : (
            <UnitTreeView
              tree={tree}
              expanded={openIds}
              onToggle={toggle}
              visible={visible}
              highlighted={search.matches}
              onAction={canAdminister ? (action, unit) => setDialog({ action, unit }) : undefined}
            />
          )}
        </>
      )}

      <CreateUnitModal
        opened={dialog?.action === 'create' || dialog?.action === 'createChild'}
        onClose={close}
        parentId={dialog?.action === 'createChild' ? dialog.unit.id : null}
        onCreated={reveal}
      />
      <EditUnitModal unit={target('edit')} onClose={close} />
      <MoveUnitModal unit={target('move')} onClose={close} />
      <DeleteUnitModal unit={target('delete')} onClose={close} />
    </Stack>
  );
}

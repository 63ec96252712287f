import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { errorMessage, useI18n } from '../../../../web/i18n';
import { ApiError, del, post } from '../../../../web/lib/api';
import { orgKeys, refreshOrg, useUnits } from '../api';
import { moveUnitInput } from '../../validation';
import { ConfirmModal } from '../../../../web/components/confirm-modal';
import { notifySuccess } from '../../../../web/components/notify';
import { UnitSelect } from '../components/unit-select';
import { buildUnitTree, unitAndDescendants } from '../unit-tree-model';

interface UnitRef {
  id: string;
  name: string;
  parentId: string | null;
}

/** Moves a unit (with everything under it) to a new parent. */
export function MoveUnitModal({ unit, onClose }: { unit: UnitRef | null; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Modal
      opened={unit !== null}
      onClose={onClose}
      title={unit ? t('org.units.moveTitle', { name: unit.name }) : ''}
      centered
    >
      {unit && <MoveUnitForm unit={unit} onDone={onClose} />}
    </Modal>
  );
}

function MoveUnitForm({ unit, onDone }: { unit: UnitRef; onDone: () => void }) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const units = useUnits();
  const [parentId, setParentId] = useState<string | null>(unit.parentId);
  // The unit itself and its descendants would make a cycle; the server refuses them too.
  const excluded = useMemo(
    () => unitAndDescendants(buildUnitTree(units.data ?? [], locale), unit.id),
    [units.data, locale, unit.id],
  );
  const move = useMutation({
    mutationFn: () => post(`/units/${unit.id}/move`, moveUnitInput.parse({ parentId })),
    onSuccess: async () => {
      notifySuccess(t('org.units.moved', { name: unit.name }));
      await refreshOrg(queryClient);
      onDone();
    },
    // A cycle can still happen if someone else moved a unit meanwhile: show the new tree.
    onError: (err) => {
      if (err instanceof ApiError && err.reason === 'unit_cycle') void refreshOrg(queryClient);
    },
  });

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        move.mutate();
      }}
    >
      <Stack>
        <Text size="sm">{t('org.units.moveHelp')}</Text>
        {move.isError && (
          <Alert color="red" role="alert">
            {errorMessage(t, move.error)}
          </Alert>
        )}
        <UnitSelect
          label={t('org.units.fields.newParent')}
          value={parentId}
          onChange={setParentId}
          exclude={excluded}
          allowTopLevel
          autoFocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={move.isPending} disabled={parentId === unit.parentId}>
            {t('common.actions.move')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Deletes an empty unit; the server explains when it still has sub-units or people. */
export function DeleteUnitModal({
  unit,
  onClose,
  onDeleted,
}: {
  unit: UnitRef | null;
  onClose: () => void;
  onDeleted?: (unit: UnitRef) => void;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (target: UnitRef) => del(`/units/${target.id}`),
    onSuccess: async (_data, target) => {
      notifySuccess(t('org.units.deleted', { name: target.name }));
      onDeleted?.(target);
      onClose();
      queryClient.removeQueries({ queryKey: orgKeys.unit(target.id) });
      await refreshOrg(queryClient);
    },
  });
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <ConfirmModal
      opened={unit !== null}
      onClose={close}
      title={unit ? t('org.units.deleteTitle', { name: unit.name }) : ''}
      confirmLabel={t('common.actions.delete')}
      danger
      loading={remove.isPending}
      error={remove.error}
      onConfirm={() => unit && remove.mutate(unit)}
    >
      {unit ? t('org.units.deleteText', { name: unit.name }) : ''}
    </ConfirmModal>
  );
}

import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { errorMessage, useI18n } from '../i18n';

interface ConfirmModalProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  loading?: boolean;
  /** The error of the last attempt, shown in the dialog so the person can read why. */
  error?: unknown;
  danger?: boolean;
  confirmDisabled?: boolean;
}

/** Asks before an action that cannot be undone in one click. */
export function ConfirmModal(props: ConfirmModalProps) {
  const { t } = useI18n();
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} centered>
      <Stack>
        {typeof props.children === 'string' ? <Text>{props.children}</Text> : props.children}
        {props.error ? (
          <Alert color="red" role="alert">
            {errorMessage(t, props.error)}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('common.actions.cancel')}
          </Button>
          <Button
            color={props.danger ? 'red.9' : undefined}
            onClick={props.onConfirm}
            loading={props.loading}
            disabled={props.confirmDisabled}
            data-autofocus
          >
            {props.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

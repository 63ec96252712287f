import { Modal, type ModalProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n';

/**
 * The dialog around a create-or-edit form: centred, its close button named, and the form made
 * only while the dialog is open, so each opening starts from the record as it is then.
 */
export function FormModal({
  opened,
  onClose,
  title,
  size,
  children,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  size?: ModalProps['size'];
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.actions.close') }}
      opened={opened}
      onClose={onClose}
      title={title}
      size={size}
      centered
    >
      {opened && children}
    </Modal>
  );
}

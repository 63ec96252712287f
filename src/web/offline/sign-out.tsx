import { useState } from 'react';
import { ConfirmModal } from '../components/confirm-modal';
import { useI18n } from '../i18n';
import { clearDeviceFor } from './clear';
import { queuedWrites } from './queue';

/**
 * Signing out on a device that keeps things offline: when something the person wrote is not sent
 * yet they are asked first, since signing out deletes it; then the device is cleared of the person
 * (clear.ts) and the server session ends, whether or not the server can be reached.
 */
export function useOfflineSignOut(personId: string, signOut: () => Promise<void>) {
  const { t } = useI18n();
  const [unsent, setUnsent] = useState(0);
  const [busy, setBusy] = useState(false);

  const finish = async () => {
    setBusy(true);
    // The device first: signing out takes the app to the sign-in page at once, and whatever happens
    // to that request (no connection, a slow server), nothing of the person may stay behind.
    await clearDeviceFor(personId).catch(() => undefined);
    try {
      await signOut();
    } finally {
      setBusy(false);
      setUnsent(0);
    }
  };

  const start = async () => {
    const count = (await queuedWrites(personId)).length;
    if (count > 0) setUnsent(count);
    else await finish();
  };

  const modal = (
    <ConfirmModal
      opened={unsent > 0}
      onClose={() => setUnsent(0)}
      title={t('offline.signOut.title')}
      confirmLabel={t('offline.signOut.confirm')}
      onConfirm={() => void finish()}
      loading={busy}
      danger
    >
      {t('offline.signOut.body', { count: unsent })}
    </ConfirmModal>
  );
  return { start, modal };
}

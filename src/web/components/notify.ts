import { notifications } from '@mantine/notifications';

/** A short, announced confirmation that something was saved. */
export function notifySuccess(message: string) {
  notifications.show({ message, color: 'teal', autoClose: 4000, withBorder: true });
}

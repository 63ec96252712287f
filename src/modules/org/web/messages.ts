import { defineMessages } from '../../../web/i18n/define';

export const orgMessages = defineMessages({ title: '' }, { title: '' });

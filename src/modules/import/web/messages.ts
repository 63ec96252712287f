import { defineMessages } from '../../../web/i18n/define';

export const importMessages = defineMessages({ title: '' }, { title: '' });

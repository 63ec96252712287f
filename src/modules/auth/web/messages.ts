import { defineMessages } from '../../../web/i18n/define';

export const authMessages = defineMessages({ title: '' }, { title: '' });

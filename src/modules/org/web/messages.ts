import { defineMessages } from '../../../web/i18n/define';
import { orgDa } from './messages-da';
import { orgEn } from './messages-en';

/** Texts of the people, units and teams screens (namespace `org`); one file per language. */
export const orgMessages = defineMessages(orgDa, orgEn);

// The English texts alone: the build answers './catalogue' here with English only
// (scripts/catalogue-plugin.mjs), so the browser loads them only when someone chooses English.
import zodEn from 'zod/v4/locales/en.js';
import { catalogue } from './catalogue';

export const messages = catalogue.en;
export const zodLocale = zodEn;

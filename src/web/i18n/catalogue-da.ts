// The Danish texts alone: the build answers './catalogue' here with Danish only
// (scripts/catalogue-plugin.mjs), so the browser never loads the English ones with them.
import zodDa from 'zod/v4/locales/da.js';
import { catalogue } from './catalogue';

export const messages = catalogue.da;
export const zodLocale = zodDa;

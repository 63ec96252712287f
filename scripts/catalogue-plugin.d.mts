import type { Plugin } from 'vite';

export function catalogueByLanguage(): Plugin;

// Types for scripts/web-assets.mjs, which the server's static-file test uses.
export const INITIAL_JS_BUDGET: number;
export function compressWebApp(webDir: string): number;
export function initialScripts(webDir: string): string[];
export function checkBudget(
  webDir: string,
  budget?: number,
): { bytes: number; scripts: string[]; figure: string };
export function finishWebApp(webDir: string, options?: { quiet?: boolean }): void;

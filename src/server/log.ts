/** A plain logger; one place to change when structured logs are wanted. */
export const logger = {
  info: (message: string) => console.log(`[mup] ${message}`),
  warn: (message: string) => console.warn(`[mup] ${message}`),
  error: (message: string, err?: unknown) => console.error(`[mup] ${message}`, err ?? ''),
};

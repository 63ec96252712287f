/** A plain logger; one place to change when structured logs are wanted. */
export const logger = {
  info: (message: string) => console.log(`[mup] ${message}`),
  warn: (message: string) => console.warn(`[mup] ${message}`),
  error: (message: string, err?: unknown) => console.error(`[mup] ${message}`, err ?? ''),
};

/**
 * An error as it may be logged: the message, the database's own message and the failed
 * statement's text, and the stack — never the statement's parameters, which hold what people
 * typed (names, notes) and do not belong in a log.
 */
export function describeError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const cause = (err as { cause?: unknown }).cause;
  const query = (err as { query?: unknown }).query;
  const lines = [
    typeof query === 'string' ? `${err.name}: a database statement failed` : `${err.name}: ${err.message}`,
    ...(cause instanceof Error
      ? [
          `cause: ${cause.message}${(cause as { code?: string }).code ? ` (${(cause as { code?: string }).code})` : ''}`,
        ]
      : []),
    ...(typeof query === 'string' ? [`statement: ${query.replace(/\s+/g, ' ').slice(0, 500)}`] : []),
    // Only the frames: the stack's first lines repeat the message, parameters included.
    ...(err.stack
      ? [
          err.stack
            .split('\n')
            .filter((l) => /^\s+at /.test(l))
            .slice(0, 5)
            .join('\n'),
        ]
      : []),
  ];
  return lines.join('\n');
}

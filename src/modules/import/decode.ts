/**
 * Turns the bytes of an uploaded file into text. HR exports come as UTF-8 (with or without a
 * byte order mark) or, from older Excel versions on Windows, as Windows-1252; a file that is not
 * valid UTF-8 is read as Windows-1252 so that æ, ø and å survive.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    // The UTF-8 decoder drops a leading byte order mark by itself.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const text = new TextDecoder('windows-1252').decode(bytes);
    return {
      text: text.replace(/[\u0080-\u009f]/g, (c) => C1_AS_WINDOWS_1252[c.charCodeAt(0) - 0x80] || c),
      encoding: 'windows-1252',
    };
  }
}

// Browsers decode 0x80–0x9F as Windows-1252 (€, – , “ ”…), but a Node.js built without full ICU
// treats the label as Latin-1 and yields control characters; this maps them the same way.
const C1_AS_WINDOWS_1252 = [
  '€',
  '',
  '‚',
  'ƒ',
  '„',
  '…',
  '†',
  '‡',
  'ˆ',
  '‰',
  'Š',
  '‹',
  'Œ',
  '',
  'Ž',
  '',
  '',
  '‘',
  '’',
  '“',
  '”',
  '•',
  '–',
  '—',
  '˜',
  '™',
  'š',
  '›',
  'œ',
  '',
  'ž',
  'Ÿ',
];

/** Decides whether bytes are text we can ingest: UTF-8, without NUL bytes (a sure sign of binary data). */

const UTF8_BOM = '\uFEFF';

export type DecodedText = { ok: true; text: string } | { ok: false; problem: string };

export function decodeUtf8Text(bytes: Uint8Array): DecodedText {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, problem: `binary data, not text: it contains a NUL byte at byte ${nul}` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, problem: `not valid UTF-8 text (binary data, or another encoding such as Latin-1)` };
  }
  return { ok: true, text: text.startsWith(UTF8_BOM) ? text.slice(UTF8_BOM.length) : text };
}

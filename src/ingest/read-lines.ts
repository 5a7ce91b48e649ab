/**
 * Splits a byte stream into lines without decoding it, one line in memory at a time. Unlike
 * readline, it hands over raw bytes, so a line that is not valid UTF-8 can be rejected by name
 * instead of being silently "repaired" with U+FFFD, and an endless line is cut off at a cap.
 */

export type Line =
  | { lineNumber: number; bytes: Buffer; tooLong?: undefined }
  /** The line went past maxLineBytes; its bytes were dropped. */
  | { lineNumber: number; bytes?: undefined; tooLong: true };

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

export async function* readLines(stream: AsyncIterable<Buffer | string>, maxLineBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let partBytes = 0;
  let tooLong = false;
  let lineNumber = 0;

  const finish = (): Line => {
    lineNumber++;
    if (tooLong) return { lineNumber, tooLong: true };
    let bytes = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, partBytes);
    if (bytes.length > 0 && bytes[bytes.length - 1] === CARRIAGE_RETURN) bytes = bytes.subarray(0, bytes.length - 1);
    return { lineNumber, bytes };
  };
  const add = (piece: Buffer): void => {
    if (tooLong) return;
    partBytes += piece.length;
    if (partBytes > maxLineBytes) {
      tooLong = true;
      parts = [];
    } else if (piece.length > 0) {
      parts.push(piece);
    }
  };

  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let start = 0;
    for (let end = buffer.indexOf(NEWLINE, start); end !== -1; end = buffer.indexOf(NEWLINE, start)) {
      add(buffer.subarray(start, end));
      yield finish();
      parts = [];
      partBytes = 0;
      tooLong = false;
      start = end + 1;
    }
    // Copy the tail: the stream may reuse its buffer for the next chunk.
    if (start < buffer.length) add(Buffer.from(buffer.subarray(start)));
  }
  if (partBytes > 0 || tooLong) yield finish();
}

/**
 * Turns the bytes of one input into text, or a clear error naming the input: empty, too large, binary,
 * or not decodable (UTF-8 with or without BOM, UTF-16 with BOM).
 */
import { SitrepError } from '../core/errors.js';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export function decodeInput(buf: Buffer, input: string, maxBytes = DEFAULT_MAX_BYTES): string {
  if (buf.length === 0) throw new SitrepError('SITREP_ERR_INPUT_EMPTY', 'the input is empty', input);
  if (buf.length > maxBytes) throw new SitrepError('SITREP_ERR_INPUT_TOO_LARGE', `the input is ${buf.length} bytes, over the limit of ${maxBytes} (set --max-bytes)`, input);
  let text: string;
  if (buf[0] === 0xff && buf[1] === 0xfe) text = new TextDecoder('utf-16le', { fatal: true }).decode(buf.subarray(2));
  else if (buf[0] === 0xfe && buf[1] === 0xff) text = new TextDecoder('utf-16be', { fatal: true }).decode(buf.subarray(2));
  else {
    // NUL bytes anywhere, or many control characters at the start: a binary file, not text
    const sample = buf.subarray(0, 8192);
    let control = 0;
    for (const byte of sample) if (byte === 0 || (byte < 9) || (byte > 13 && byte < 32)) control++;
    if (buf.includes(0) || control / sample.length > 0.05) throw new SitrepError('SITREP_ERR_INPUT_BINARY', 'the input looks binary (control bytes), not text', input);
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
    } catch {
      throw new SitrepError('SITREP_ERR_INPUT_ENCODING', 'the input is not valid UTF-8 (re-encode it as UTF-8)', input);
    }
  }
  if (!text.trim()) throw new SitrepError('SITREP_ERR_INPUT_EMPTY', 'the input holds only white space', input);
  return text;
}

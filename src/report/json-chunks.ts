/**
 * JSON.stringify(value, null, 2), given out in pieces: containers down to `depth` are written by hand and
 * everything below as one JSON.stringify each, re-indented, so the pieces joined are byte for byte the
 * one string — which for a large store's report would exceed V8's longest string ("Invalid string
 * length") and hold the whole text in memory at once. Plain data only (no toJSON, no replacer).
 * Hand-written: a dozen lines, and the byte-identical output is the point.
 */
export function* jsonChunks(value: unknown, depth = 2, indent = ''): Generator<string> {
  const inner = indent + '  ';
  if (depth > 0 && Array.isArray(value)) {
    if (!value.length) { yield '[]'; return; }
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield (i ? ',\n' : '\n') + inner;
      const v = value[i];
      // as JSON.stringify writes an array's undefined or function elements
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') yield 'null';
      else yield* jsonChunks(v, depth - 1, inner);
    }
    yield '\n' + indent + ']';
    return;
  }
  if (depth > 0 && value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
    if (!entries.length) { yield '{}'; return; }
    yield '{';
    let first = true;
    for (const [k, v] of entries) {
      yield (first ? '\n' : ',\n') + inner + JSON.stringify(k) + ': ';
      first = false;
      yield* jsonChunks(v, depth - 1, inner);
    }
    yield '\n' + indent + '}';
    return;
  }
  const s = JSON.stringify(value, null, 2);
  yield indent ? s.replace(/\n/g, '\n' + indent) : s;
}

/**
 * The JSON text of a response body, with every character above U+00FF written as a \uXXXX
 * escape. It parses to exactly what JSON.stringify's text parses to. Why, and why in pieces:
 * - V8's JSON.stringify serializes everything after the first string holding a character above
 *   U+00FF (our texts' ’ – —) on a slower path: a 10-result explained answer took about 5× as
 *   long (measured in process with a throwaway script on 2026-12-04). Here no piece that holds
 *   such a character is longer than one value below the answer's top levels, and its text is
 *   escaped before it joins the rest, so the answer is one byte per character.
 * - An answer repeats facts that belong to an occupation, not to the person (its outlook, its
 *   wage percentiles, its tools in demand). Such a value is deeply frozen where it is made, and
 *   a deeply frozen value always has the same text: it is written once and its text reused.
 */
export function toResponseJson(data: unknown): string {
  // JSON.stringify(undefined) is undefined too: Fastify only hands this a body it will send.
  return write(data, WALKED_LEVELS) as string;
}

/**
 * How many levels of objects and arrays are walked (answer → list → result → its parts → their
 * items) before the rest of a value is one JSON.stringify call. Deeper walking reaches more
 * frozen facts but costs a call per value.
 */
const WALKED_LEVELS = 4;

const WIDE = /[\u0100-\uffff]/;
const WIDE_ALL = /[\u0100-\uffff]/g;
const escapeChar = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * The same ASCII text stored one byte per character: a string cut from a two-byte string stays
 * two-byte in V8 even when it no longer needs to, and would make the whole answer two-byte.
 */
const oneByte = (ascii: string) => Buffer.from(ascii, 'latin1').toString('latin1');

/** JSON text with its characters above U+00FF escaped (it is JSON, so they are in strings). */
const escaped = (json: string) =>
  WIDE.test(json) ? oneByte(json.replace(WIDE_ALL, escapeChar)) : json;

/** Texts of deeply frozen values, and values found not to be deeply frozen. */
const frozenTexts = new WeakMap<object, string>();
const notDeeplyFrozen = new WeakSet<object>();

/** A plain object or an array: what this walk takes apart (anything else is JSON.stringify's). */
function isContainer(value: object): boolean {
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value) as unknown;
  return (
    (proto === Object.prototype || proto === null) &&
    typeof (value as { toJSON?: unknown }).toJSON !== 'function'
  );
}

/**
 * True when the value and every object in it are frozen plain objects or arrays (an answer's own
 * objects are not frozen: they cost one Object.isFrozen, nothing is recorded for them).
 */
function isDeeplyFrozen(value: object): boolean {
  if (!Object.isFrozen(value)) return false;
  if (frozenTexts.has(value)) return true;
  if (notDeeplyFrozen.has(value)) return false;
  let deep = isContainer(value);
  if (deep)
    for (const item of Object.values(value) as unknown[])
      if (typeof item === 'object' && item !== null && !isDeeplyFrozen(item)) {
        deep = false;
        break;
      }
  if (!deep) notDeeplyFrozen.add(value);
  return deep;
}

/** The JSON text of a value (undefined where JSON.stringify leaves the value out). */
function write(value: unknown, levels: number): string | undefined {
  if (typeof value !== 'object' || value === null) {
    const text = JSON.stringify(value) as string | undefined;
    return typeof value === 'string' ? escaped(text!) : text;
  }
  if (isDeeplyFrozen(value)) {
    let text = frozenTexts.get(value);
    if (text === undefined) frozenTexts.set(value, (text = escaped(JSON.stringify(value))));
    return text;
  }
  if (levels === 0 || !isContainer(value)) return escaped(JSON.stringify(value));
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++)
      text += (i === 0 ? '' : ',') + (write(value[i], levels - 1) ?? 'null');
    return text + ']';
  }
  let text = '{';
  let first = true;
  for (const key of Object.keys(value)) {
    const item = write((value as Record<string, unknown>)[key], levels - 1);
    if (item === undefined) continue;
    text += (first ? '' : ',') + escaped(JSON.stringify(key)) + ':' + item;
    first = false;
  }
  return text + '}';
}

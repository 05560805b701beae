/**
 * A stream key: two 32-bit words that identify one random stream. The root key comes from the
 * seed; a fork's key is a hash of its parent's key and its label, never of the parent's state,
 * so draws taken from one stream cannot shift another.
 */
export type StreamKey = readonly [number, number];

/** MurmurHash3's 32-bit finalizer: a bijective avalanche mix. */
function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over the UTF-16 code units of a string, starting from `offset`. */
function fnv1a32(text: string, offset: number): number {
  let h = offset >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The root key of a seed; the seed must be a safe integer (negative values are fine). */
export function seedKey(seed: number): StreamKey {
  if (!Number.isSafeInteger(seed)) {
    throw new RangeError(`seed must be a safe integer, got ${seed}`);
  }
  // ToUint32 is arithmetic modulo 2^32, so this splits any safe integer into its low and high words.
  const low = seed >>> 0;
  const high = Math.floor(seed / 0x1_0000_0000) >>> 0;
  return [low, high];
}

/** The key of the stream forked from `parent` under `label`. */
export function forkKey(parent: StreamKey, label: string): StreamKey {
  const h0 = fmix32(fnv1a32(label, 0x811c9dc5));
  const h1 = fmix32(fnv1a32(label, 0x050c5d1f) ^ 0x9e3779b9);
  const k0 = fmix32(parent[0] ^ h0 ^ fmix32(parent[1] + 0x7f4a7c15));
  const k1 = fmix32(parent[1] ^ h1 ^ fmix32(k0 + 0x6a09e667));
  return [k0, k1];
}

/** Four well-mixed 32-bit words (never all zero) to seed xoroshiro128+ from a key. */
export function keyToState(key: StreamKey): [number, number, number, number] {
  let z = fmix32(key[0] ^ 0x243f6a88) ^ Math.imul(fmix32(key[1] ^ 0x85a308d3), 0x9e3779b1);
  const words: number[] = [];
  for (let i = 0; i < 4; i++) {
    z = (z + 0x9e3779b9) >>> 0;
    words.push(fmix32(z ^ fmix32(key[i & 1]! + i)) | 0);
  }
  if (!words.some((w) => w !== 0)) words[0] = 1;
  return [words[0]!, words[1]!, words[2]!, words[3]!];
}

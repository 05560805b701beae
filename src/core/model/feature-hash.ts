const FNV64_OFFSET = 0xcbf29ce484222325n;
const FNV64_PRIME = 0x100000001b3n;
const MASK64 = 0xffffffffffffffffn;

/**
 * A stable fingerprint of an ordered feature-name list: FNV-1a (64-bit) over the UTF-8 bytes of
 * the names joined by newlines, as `fnv1a64:<16 hex digits>`. Renaming, adding or reordering a
 * feature changes it, so a model trained on another feature layout is caught at load time.
 */
export function hashFeatureNames(names: readonly string[]): string {
  const bytes = new TextEncoder().encode(names.join('\n'));
  let h = FNV64_OFFSET;
  for (const byte of bytes) h = ((h ^ BigInt(byte)) * FNV64_PRIME) & MASK64;
  return `fnv1a64:${h.toString(16).padStart(16, '0')}`;
}

/** A field of an occupation's document: what its words are taken from. */
export type DocumentField = 'tasks' | 'titles' | 'technologies';

/** The document fields, in the order `DocumentVectors` stores them. */
export const DOCUMENT_FIELDS: readonly DocumentField[] = ['tasks', 'titles', 'technologies'];

/** One field of every occupation as a unit-length TF-IDF vector, searchable by stem. */
export interface FieldVectors {
  /** stem → inverse document frequency over occupations. */
  readonly idf: ReadonlyMap<string, number>;
  /** stem → (occupation, weight in its unit vector). */
  readonly postings: ReadonlyMap<string, readonly { occupation: number; weight: number }[]>;
}

// Counts below 1 come from words weighted down by their place in the text.
const sublinear = (count: number) => (count >= 1 ? 1 + Math.log(count) : count);

/**
 * Builds unit TF-IDF vectors (sublinear term frequency) of one field for every occupation:
 * `stemsOf(i)` lists the stems of occupation i's field, repeats included.
 */
export function buildFieldVectors(
  count: number,
  stemsOf: (occupation: number) => readonly string[],
): FieldVectors {
  const tfs: Map<string, number>[] = [];
  const df = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const tf = new Map<string, number>();
    for (const s of stemsOf(i)) tf.set(s, (tf.get(s) ?? 0) + 1);
    for (const s of tf.keys()) df.set(s, (df.get(s) ?? 0) + 1);
    tfs.push(tf);
  }
  const idf = new Map<string, number>();
  for (const [s, d] of df) idf.set(s, Math.log(count / d));
  const postings = new Map<string, { occupation: number; weight: number }[]>();
  tfs.forEach((tf, occupation) => {
    let norm = 0;
    for (const [s, c] of tf) norm += (sublinear(c) * idf.get(s)!) ** 2;
    if (norm === 0) return;
    norm = Math.sqrt(norm);
    for (const [s, c] of tf) {
      const weight = (sublinear(c) * idf.get(s)!) / norm;
      if (weight === 0) continue;
      let list = postings.get(s);
      if (!list) postings.set(s, (list = []));
      list.push({ occupation, weight });
    }
  });
  return { idf, postings };
}

/**
 * Cosine of a bag of stems with every occupation's field vector, added into `out`, times
 * `scale`; `weightOf(k)` weighs the k-th stem (default 1).
 */
export function addFieldCosines(
  field: FieldVectors,
  stems: readonly string[],
  scale: number,
  out: Float64Array,
  weightOf: (k: number) => number = () => 1,
): void {
  const tf = new Map<string, number>();
  stems.forEach((s, k) => tf.set(s, (tf.get(s) ?? 0) + weightOf(k)));
  let norm = 0;
  for (const [s, c] of tf) norm += (sublinear(c) * (field.idf.get(s) ?? 0)) ** 2;
  if (norm === 0 || scale === 0) return;
  norm = Math.sqrt(norm);
  for (const [s, c] of tf) {
    const w = (sublinear(c) * (field.idf.get(s) ?? 0)) / norm;
    if (w === 0) continue;
    for (const p of field.postings.get(s) ?? []) out[p.occupation]! += scale * w * p.weight;
  }
}

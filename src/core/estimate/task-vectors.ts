import type { Task } from '../domain/index.js';
import type { TechnologyVector } from '../features/index.js';

/** A unit-length sparse vector: ascending term ids and their weights (same shape as technology). */
export type SparseVector = TechnologyVector;

const STOP_WORDS = new Set(
  (
    'and the for with from into onto that this these those such other others their them they ' +
    'are was were been being have has had not all any each more most than then when where ' +
    'which while who whom whose will would shall should may might can could about above after ' +
    'before under over between through during including include includes using use used ' +
    'various related relating appropriate necessary specific new order ensure ensuring'
  ).split(' '),
);

/** Crude English stemming: enough to meet "analyze/analyzes/analyzing" at one key. */
function stem(word: string): string {
  for (const suffix of ['ing', 'ies', 'es', 'ed', 's']) {
    if (word.length > suffix.length + 3 && word.endsWith(suffix))
      return suffix === 'ies' ? word.slice(0, -3) + 'y' : word.slice(0, -suffix.length);
  }
  return word;
}

/** The distinct word stems of a task list (lower case, stop words and short words dropped). */
export function toTaskTerms(tasks: readonly Pick<Task, 'text'>[]): string[] {
  const terms = new Set<string>();
  for (const task of tasks) {
    for (const word of task.text.toLowerCase().split(/[^a-z]+/)) {
      if (word.length >= 3 && !STOP_WORDS.has(word)) terms.add(stem(word));
    }
  }
  return [...terms];
}

/**
 * TF-IDF unit vectors of the occupations' task statements (term frequency = the number of the
 * occupation's tasks that use a stem; IDF = ln(N / df) over the occupations with tasks). Two
 * occupations whose tasks share rare words ("regression", "triage") come out close.
 */
export function toTaskVectors(
  taskLists: readonly (readonly Pick<Task, 'text'>[])[],
): SparseVector[] {
  const counts = taskLists.map((tasks) => {
    const tf = new Map<string, number>();
    for (const task of tasks)
      for (const term of toTaskTerms([task])) tf.set(term, (tf.get(term) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of counts) for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const names = [...df.keys()].sort();
  const termOf = new Map(names.map((n, i) => [n, i]));
  const n = counts.filter((tf) => tf.size > 0).length;
  return counts.map((tf) => {
    const entries = [...tf.entries()]
      .map(([term, count]) => [termOf.get(term)!, count * Math.log(n / df.get(term)!)] as const)
      .filter(([, w]) => w > 0)
      .sort((a, b) => a[0] - b[0]);
    const norm = Math.sqrt(entries.reduce((s, [, w]) => s + w * w, 0));
    return {
      terms: Int32Array.from(entries, ([t]) => t),
      weights: Float64Array.from(entries, ([, w]) => (norm > 0 ? w / norm : 0)),
    };
  });
}

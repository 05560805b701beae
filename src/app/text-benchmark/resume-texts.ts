import type { Occupation } from '../../core/domain/index.js';
import type { Rng } from '../../core/random/index.js';
import type { IndexFilter } from '../../core/text-profile/index.js';

/** The part of an occupation's O*NET text a benchmark résumé may be built from. */
export interface TextSide {
  readonly tasks: readonly string[];
  readonly titles: readonly string[];
  readonly technologies: readonly string[];
}

/** FNV-1a of a string: a stable split that does not depend on the order of the data. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const onTextSide = (code: string, text: string) => hash(`${code}\u0000${text}`) % 2 === 0;

/**
 * Splits an occupation's task statements, reported and alternate titles and technology names
 * in two halves by a hash: résumés are written from one half, the matcher indexes only the other.
 */
export function toTextSide(occupation: Occupation): TextSide {
  const pick = (xs: readonly string[]) => xs.filter((x) => onTextSide(occupation.code, x));
  return {
    tasks: pick(occupation.tasks.map((t) => t.text)),
    titles: pick([...occupation.reportedTitles, ...occupation.alternateTitles]),
    technologies: pick(occupation.technologies.map((t) => t.name)),
  };
}

/**
 * The index filter of the benchmark: for each held-out occupation, every task statement, title
 * and technology on its text side is left out of the index (the other occupations keep theirs).
 */
export function heldOutFilter(heldOut: ReadonlySet<string>): IndexFilter {
  return (code, kind, text) => kind !== 'commodity' && heldOut.has(code) && onTextSide(code, text);
}

/** Sentences that say nothing about the job, as résumés have them. */
export const NOISE_SENTENCES: readonly string[] = [
  'References available upon request.',
  'Volunteer at the local food bank on weekends.',
  'Fluent in English and conversational Spanish.',
  'Enjoy hiking, cooking and photography.',
  'Team player with a strong work ethic and attention to detail.',
  'Valid driver license and reliable transportation.',
  'Member of the neighborhood association board.',
  'Open to relocation.',
];

/** Rewords a task statement: drops about a quarter of its words and swaps two neighbours. */
export function rewordTask(task: string, rng: Rng): string {
  const words = task.replace(/\.$/, '').split(/\s+/);
  const kept = words.filter((_, i) => i === 0 || rng.next() >= 0.25);
  for (let k = 0; k < 2 && kept.length > 3; k++) {
    const i = 1 + rng.int(kept.length - 2);
    [kept[i], kept[i + 1]] = [kept[i + 1]!, kept[i]!];
  }
  return kept.join(' ');
}

function jobBlock(occupation: Occupation, side: TextSide, bullets: number, rng: Rng): string[] {
  const lines: string[] = [];
  if (side.titles.length > 0 && rng.next() < 0.7) {
    lines.push(`${rng.pick(side.titles)}, ${2 + rng.int(9)} years`);
  }
  for (const task of rng.sample(side.tasks, Math.min(bullets, side.tasks.length))) {
    lines.push(`- ${rewordTask(task, rng)}`);
  }
  if (side.technologies.length > 0 && rng.next() < 0.7) {
    const tools = rng.sample(side.technologies, Math.min(2 + rng.int(3), side.technologies.length));
    lines.push(`Tools: ${tools.join(', ')}`);
  }
  return lines;
}

/**
 * A résumé-like text for `occupation` from its text side only: maybe a reported or alternate
 * title, 3–5 reworded tasks, maybe a few technologies, one or two noise sentences, and, with
 * `previous`, an earlier job (2 tasks) of another occupation below it.
 */
export function buildResumeText(occupation: Occupation, rng: Rng, previous?: Occupation): string {
  const lines = jobBlock(occupation, toTextSide(occupation), 3 + rng.int(3), rng);
  if (previous) lines.push('', 'Before that:', ...jobBlock(previous, toTextSide(previous), 2, rng));
  lines.push('', ...rng.sample(NOISE_SENTENCES, 1 + rng.int(2)));
  return lines.join('\n');
}

import { addFieldCosines, type DocumentField } from './occupation-documents.js';
import type { IndexedKind, IndexedPhrase, TextIndex } from './text-index.js';
import { splitSegments, type TextSegment } from './text-segments.js';
import { ENGLISH_FUNCTION_WORDS as ENGLISH, tokenizeText, type TextToken } from './text-tokens.js';

/** A character range of the person's text: [start, end). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** One piece of evidence: where the text says it and what in O*NET it matched. */
export interface TextEvidence {
  readonly kind: IndexedKind;
  /** The stretch of text (a phrase, or the sentence for a task statement). */
  readonly span: Span;
  /** For a task statement: the words the sentence shares with it. */
  readonly words: readonly Span[];
  /** The O*NET task statement, title, technology or commodity class. */
  readonly matched: string;
  /** Indices into the index's occupations this evidence supports. */
  readonly occupations: readonly number[];
  /** How much it adds to each of those occupations' score. */
  readonly weight: number;
}

/** How strongly the text points at one occupation, with the evidence for it. */
export interface OccupationMatch {
  readonly occupation: number;
  readonly score: number;
  /** Score from task statements, titles and technologies (the three add to `score`). */
  readonly parts: {
    readonly tasks: number;
    readonly titles: number;
    readonly technologies: number;
    /** Cosine of the whole text with the occupation's words (tasks, titles, technologies), weighted. */
    readonly document: number;
  };
}

/** Weights of the three kinds of evidence (tuned on occupations outside the benchmark's held-out set). */
export interface MatchWeights {
  readonly title: number;
  readonly technology: number;
  readonly commodity: number;
  /** Weight of the whole-text cosine with each document field. */
  readonly document: Readonly<Record<DocumentField, number>>;
  /** Weight of a sentence's cosine with its best task statement of an occupation. */
  readonly sentence: number;
  /** Later words weigh less (résumés put the current job first): 1 / (1 + recency · place), place 0–1. */
  readonly recency: number;
  /** A sentence counts for a task statement only above this cosine. */
  readonly minTaskCosine: number;
}

/** Default weights. */
export const DEFAULT_MATCH_WEIGHTS: MatchWeights = {
  title: 0.5,
  technology: 0.25,
  commodity: 0.08,
  document: { tasks: 16, titles: 6, technologies: 0.5 },
  // Sentence–statement matches are shown as evidence but add nothing to the score: on fold 1 the
  // whole-text cosine alone found more occupations (top-3 68.4% vs 67.0% at 0.5).
  sentence: 0,
  recency: 3,
  minTaskCosine: 0.2,
};

/** The result of matching a text against the index. */
export interface TextMatch {
  /** Best first (ties by index, i.e. by O*NET code). */
  readonly occupations: readonly OccupationMatch[];
  readonly evidence: readonly TextEvidence[];
  /** Tokens that carry meaning (not stop words). */
  readonly contentWords: number;
  /** Share of those the index knows (low for another language or gibberish). */
  readonly knownShare: number;
  /** Share of all words that are English function words. */
  readonly englishShare: number;
}

const inSegment = (tokens: readonly TextToken[], seg: TextSegment) =>
  tokens.filter((t) => t.start >= seg.start && t.end <= seg.end);

function matchesOneWord(oneWord: NonNullable<IndexedPhrase['oneWord']>, token: TextToken): boolean {
  // An expanded abbreviation ("ICU" → intensive care unit) never matches a one-word name.
  if (token.expanded) return false;
  return oneWord.words.includes(oneWord.caseSensitive ? token.surface : token.word);
}

function matchPhrases(
  index: TextIndex,
  tokens: readonly TextToken[],
  weights: MatchWeights,
): TextEvidence[] {
  const content = tokens.filter((t) => t.stem !== null);
  const found: { from: number; to: number; evidence: TextEvidence[] }[] = [];
  for (let i = 0; i < content.length; i++) {
    // Longest phrase starting here wins; words must be adjacent in the text (one gap allowed for
    // a stop word, as in "Director of Marketing").
    for (let len = Math.min(index.maxPhraseWords, content.length - i); len >= 1; len--) {
      const words = content.slice(i, i + len);
      if (words.some((w, k) => k > 0 && w.start - words[k - 1]!.end > 6)) continue;
      const list = index.phrases.get(words.map((w) => w.stem).join(' '));
      if (!list) continue;
      const span = { start: words[0]!.start, end: words[len - 1]!.end };
      const evidence = list
        .filter((p) => p.oneWord === null || matchesOneWord(p.oneWord, words[0]!))
        .map((p) => ({
          kind: p.kind,
          span,
          words: [span],
          matched: p.name,
          occupations: p.occupations,
          weight:
            weights[p.kind === 'title' ? 'title' : p.kind] *
            p.specificity *
            (p.kind === 'title' ? Math.min(1, 0.5 + 0.25 * len) : 1),
        }));
      if (evidence.length === 0) continue;
      found.push({ from: i, to: i + len, evidence });
      break;
    }
  }
  // Drop a match inside a longer one ("Engineer" inside "Software Engineer").
  return found
    .filter((f) => !found.some((g) => g !== f && g.from <= f.from && g.to >= f.to))
    .flatMap((f) => f.evidence);
}

function matchTasks(
  index: TextIndex,
  text: string,
  tokens: readonly TextToken[],
  weights: MatchWeights,
): TextEvidence[] {
  const out: TextEvidence[] = [];
  for (const seg of splitSegments(text)) {
    const segTokens = inSegment(tokens, seg).filter((t) => t.stem !== null);
    const tf = new Map<string, number>();
    for (const t of segTokens) tf.set(t.stem!, (tf.get(t.stem!) ?? 0) + 1);
    if (tf.size < 2) continue;
    let norm = 0;
    for (const [s, c] of tf) norm += (c * (index.idf.get(s) ?? 0)) ** 2;
    if (norm === 0) continue;
    norm = Math.sqrt(norm);
    const dot = new Map<number, number>();
    for (const [s, c] of tf) {
      const w = (c * (index.idf.get(s) ?? 0)) / norm;
      for (const p of index.postings.get(s) ?? []) {
        dot.set(p.task, (dot.get(p.task) ?? 0) + w * p.weight);
      }
    }
    // The best task statement of each occupation counts once per sentence.
    const best = new Map<number, { task: number; cos: number }>();
    for (const [task, cos] of dot) {
      if (cos < weights.minTaskCosine) continue;
      const occ = index.tasks[task]!.occupation;
      const b = best.get(occ);
      if (!b || cos > b.cos || (cos === b.cos && task < b.task)) best.set(occ, { task, cos });
    }
    for (const [occ, { task, cos }] of best) {
      const taskStems = new Set(
        tokenizeText(index.tasks[task]!.text)
          .map((t) => t.stem)
          .filter((s) => s !== null),
      );
      out.push({
        kind: 'task',
        span: { start: seg.start, end: seg.end },
        words: segTokens
          .filter((t) => taskStems.has(t.stem!))
          .map((t) => ({ start: t.start, end: t.end })),
        matched: index.tasks[task]!.text,
        occupations: [occ],
        weight: cos,
      });
    }
  }
  return out;
}

/** Content words of a line that can be a job title ("Senior Account Executive, 5 years"). */
const TITLE_LINE_WORDS = 8;

// A job title is a short line, so each short line is compared with every occupation's titles on
// its own (the whole text would drown it); an occupation keeps its best line.
function addTitleLineCosines(
  index: TextIndex,
  text: string,
  tokens: readonly TextToken[],
  scale: number,
  out: Float64Array,
  placeWeight: (offset: number) => number,
): void {
  const best = new Float64Array(out.length);
  const line = new Float64Array(out.length);
  for (const seg of splitSegments(text)) {
    const stems = inSegment(tokens, seg).flatMap((t) => (t.stem === null ? [] : [t.stem]));
    if (stems.length === 0 || stems.length > TITLE_LINE_WORDS) continue;
    line.fill(0);
    addFieldCosines(index.documents.titles, stems, placeWeight(seg.start), line);
    for (let o = 0; o < out.length; o++) if (line[o]! > best[o]!) best[o] = line[o]!;
  }
  for (let o = 0; o < out.length; o++) out[o]! += scale * best[o]!;
}

/**
 * Matches a text against the index: each sentence against every task statement (IDF-weighted
 * cosine of stems; an occupation's best statement counts once per sentence), titles and
 * technologies as whole phrases weighted by how few occupations share them. Pure and
 * deterministic: the same text and index give the same answer.
 */
export function matchText(
  index: TextIndex,
  text: string,
  weights: MatchWeights = DEFAULT_MATCH_WEIGHTS,
): TextMatch {
  const tokens = tokenizeText(text);
  const evidence = [
    ...matchPhrases(index, tokens, weights),
    ...matchTasks(index, text, tokens, weights),
  ];
  const n = index.occupations.length;
  const tasks = new Float64Array(n);
  const titles = new Float64Array(n);
  const techs = new Float64Array(n);
  const placeWeight = (offset: number) => 1 / (1 + (weights.recency * offset) / text.length);
  for (const e of evidence) {
    const into = e.kind === 'task' ? tasks : e.kind === 'title' ? titles : techs;
    const w = e.weight * placeWeight(e.span.start) * (e.kind === 'task' ? weights.sentence : 1);
    for (const o of e.occupations) into[o]! += w;
  }
  const document = new Float64Array(n);
  const content = tokens.filter((t) => t.stem !== null);
  const stems = content.map((t) => t.stem!);
  const weightOf = (k: number) => placeWeight(content[k]!.start);
  addFieldCosines(index.documents.tasks, stems, weights.document.tasks, document, weightOf);
  addFieldCosines(
    index.documents.technologies,
    stems,
    weights.document.technologies,
    document,
    weightOf,
  );
  addTitleLineCosines(index, text, tokens, weights.document.titles, document, placeWeight);
  const occupations: OccupationMatch[] = [];
  for (let o = 0; o < n; o++) {
    const score = tasks[o]! + titles[o]! + techs[o]! + document[o]!;
    if (score > 0) {
      occupations.push({
        occupation: o,
        score,
        parts: {
          tasks: tasks[o]!,
          titles: titles[o]!,
          technologies: techs[o]!,
          document: document[o]!,
        },
      });
    }
  }
  occupations.sort((a, b) => b.score - a.score || a.occupation - b.occupation);
  const known = content.filter((t) => index.vocabulary.has(t.stem!)).length;
  const english = tokens.filter((t) => t.stem === null || ENGLISH.has(t.word)).length;
  return {
    occupations,
    evidence,
    contentWords: content.length,
    knownShare: content.length === 0 ? 0 : known / content.length,
    englishShare: tokens.length === 0 ? 0 : english / tokens.length,
  };
}

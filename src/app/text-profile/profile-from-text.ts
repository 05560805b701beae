import { RIASEC, SKILLS, type Occupation, type OnetCode } from '../../core/domain/index.js';
import {
  DEFAULT_MATCH_WEIGHTS,
  matchText,
  type MatchWeights,
  type TextEvidence,
  type TextIndex,
} from '../../core/text-profile/index.js';
import { checkReadable } from './check-readable.js';
import { findNamedSkills } from './named-skills.js';
import type { TextEvidenceItem, TextProfile } from './text-profile-schema.js';

/** How the profile is made from the matches. */
export interface TextProfileOptions {
  /** Most occupations blended into the profile. */
  readonly blend: number;
  /** An occupation is blended only when its score is at least this share of the best one's. */
  readonly relativeCutoff: number;
  /** Skills stated in the profile (the most important of the blend), besides those the text names. */
  readonly skillCount: number;
  /** Occupations listed in the answer. */
  readonly listed: number;
  readonly weights: MatchWeights;
}

/** Defaults (chosen on occupations outside the benchmark's held-out fold). */
export const DEFAULT_TEXT_PROFILE: TextProfileOptions = {
  blend: 3,
  relativeCutoff: 0.6,
  skillCount: 10,
  listed: 10,
  weights: DEFAULT_MATCH_WEIGHTS,
};

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

function toItem(
  e: TextEvidence,
  about: Pick<TextEvidenceItem, 'for' | 'name' | 'code'>,
  weight = e.weight,
): TextEvidenceItem {
  return {
    ...about,
    start: e.span.start,
    end: e.span.end,
    words: e.words.map((w) => ({ start: w.start, end: w.end })),
    matchedKind: e.kind,
    matched: e.matched,
    weight: round(weight, 3),
  };
}

/** The strongest evidence items by a score, one per stretch of text. */
function strongest<T>(
  items: readonly T[],
  score: (t: T) => number,
  key: (t: T) => string,
  k: number,
) {
  const seen = new Set<string>();
  return [...items]
    .map((t) => ({ t, s: score(t) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s)
    .filter((x) => !seen.has(key(x.t)) && seen.add(key(x.t)))
    .slice(0, k);
}

/**
 * Reads a résumé or a few sentences into a profile: the occupations the text matches (task
 * statements, titles, technologies), a profile from the best ones' O*NET ratings weighted by how
 * well they match (skills with levels, interests, the best as the current occupation), and the
 * evidence for each part as character spans of the text. Throws AppError VALIDATION_FAILED
 * (details.reason) for a text that says nothing about work. Pure and deterministic.
 */
export function profileFromText(
  index: TextIndex,
  findOccupation: (code: OnetCode) => Occupation | undefined,
  text: string,
  options: TextProfileOptions = DEFAULT_TEXT_PROFILE,
): TextProfile {
  const match = matchText(index, text, options.weights);
  checkReadable(text, match);
  const best = match.occupations[0]!;
  const occupationOf = (i: number) => findOccupation(index.occupations[i]!.code)!;
  const blended = match.occupations
    .filter((m) => m.score >= options.relativeCutoff * best.score)
    .slice(0, options.blend)
    .map((m) => ({ m, occupation: occupationOf(m.occupation) }))
    .filter((b) => b.occupation.skills !== null);
  const total = blended.reduce((s, b) => s + b.m.score, 0);
  const share = new Map(blended.map((b) => [b.m.occupation, b.m.score / total]));
  const mean = (f: (o: Occupation) => number) =>
    blended.reduce((s, b) => s + share.get(b.m.occupation)! * f(b.occupation), 0);

  const named = findNamedSkills(text);
  const namedSet = new Set(named.map((n) => n.skill));
  const ranked = SKILLS.map((s, i) => ({
    name: s.name,
    i,
    level: round(
      mean((o) => o.skills![i]!.level),
      1,
    ),
    importance: round(mean((o) => o.skills![i]!.importance)),
    named: namedSet.has(s.name),
  })).sort((a, b) => b.importance - a.importance || a.i - b.i);
  const skills = ranked.filter((s, rank) => rank < options.skillCount || s.named);
  const withInterests = blended.filter((b) => b.occupation.interests !== null);
  const interests =
    withInterests.length === blended.length
      ? RIASEC.map((_, k) => round(mean((o) => o.interests!.scores[k]!)))
      : undefined;

  const evidence: TextEvidenceItem[] = [];
  const keyOf = (e: TextEvidence) => `${e.span.start}:${e.span.end}:${e.matched}`;
  const listed = match.occupations.slice(0, options.listed);
  for (const m of listed) {
    const { code, title } = index.occupations[m.occupation]!;
    const mine = match.evidence.filter((e) => e.occupations.includes(m.occupation));
    for (const { t } of strongest(mine, (e) => e.weight, keyOf, 5)) {
      evidence.push(toItem(t, { for: 'occupation', name: title, code }));
    }
  }
  const blendEvidence = match.evidence.filter((e) => e.occupations.some((o) => share.has(o)));
  const supportOf = (e: TextEvidence, f: (o: Occupation) => number) =>
    e.occupations.reduce((s, o) => s + (share.has(o) ? share.get(o)! * f(occupationOf(o)) : 0), 0) *
    e.weight;
  // What a person did (task sentences) says more about a skill than a title; a sentence already
  // shown for other skills counts less, so each skill shows its own best reasons.
  const taskEvidence = blendEvidence.filter((e) => e.kind === 'task');
  const used = new Map<string, number>();
  for (const s of skills) {
    for (const n of named.filter((x) => x.skill === s.name)) {
      evidence.push({
        for: 'skill',
        name: s.name,
        start: n.start,
        end: n.end,
        words: [{ start: n.start, end: n.end }],
        matchedKind: 'skill-word',
        matched: n.phrase,
        weight: 1,
      });
    }
    const support = (e: TextEvidence) =>
      supportOf(e, (o) => o.skills![s.i]!.importance / 5) / (1 + (used.get(keyOf(e)) ?? 0));
    for (const { t, s: w } of strongest(taskEvidence, support, keyOf, 2)) {
      used.set(keyOf(t), (used.get(keyOf(t)) ?? 0) + 1);
      evidence.push(toItem(t, { for: 'skill', name: s.name }, w));
    }
  }
  if (interests) {
    const top = RIASEC.map((a, k) => ({ a, k, v: interests[k]! }))
      .sort((x, y) => y.v - x.v || x.k - y.k)
      .slice(0, 2);
    for (const { a, k } of top) {
      const support = (e: TextEvidence) =>
        supportOf(e, (o) => (o.interests ? (o.interests.scores[k]! - 1) / 6 : 0));
      for (const { t, s: w } of strongest(taskEvidence, support, keyOf, 2)) {
        evidence.push(toItem(t, { for: 'interest', name: a.name }, w));
      }
    }
  }
  const technologies = new Map<string, number>();
  for (const e of match.evidence) {
    if (e.kind !== 'technology') continue;
    if (!technologies.has(e.matched)) technologies.set(e.matched, e.occupations.length);
    evidence.push(toItem(e, { for: 'technology', name: e.matched }));
  }

  return {
    profile: {
      currentOccupation: index.occupations[best.occupation]!.code,
      skills: skills.map((s) => ({ name: s.name, level: s.level })),
      ...(interests ? { interests } : {}),
    },
    occupations: listed.map((m) => ({
      code: index.occupations[m.occupation]!.code,
      title: index.occupations[m.occupation]!.title,
      score: round(m.score, 3),
      share: round(share.get(m.occupation) ?? 0, 3),
    })),
    skills: skills.map(({ name, level, importance, named: n }) => ({
      name,
      level,
      importance,
      named: n,
    })),
    technologies: [...technologies].map(([name, occupations]) => ({ name, occupations })),
    evidence,
    method: 'deterministic',
  };
}

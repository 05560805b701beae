import { RIASEC, formatSkillRating, type RiasecLetter } from '../../core/domain/index.js';
import type { ExplanationFacts } from '../../core/explain/index.js';
import type { EnhanceInput, EnhanceItem, EnhancePersonText } from '../ports/index.js';
import type { Recommendation } from '../recommend/index.js';

/** How many factors an item passes on (largest helping ones and the main one holding back). */
const MAX_FACTORS = 5;

const letterNames = (letters: readonly RiasecLetter[]) =>
  letters.map((l) => RIASEC.find((a) => a.letter === l)?.name ?? l);

/** The facts of one recommendation as the LLM sees them: words and the numbers the text uses. */
export function toEnhanceItem(
  rank: number,
  facts: ExplanationFacts,
  deterministicText: string,
): EnhanceItem {
  const helping = facts.factors.filter((f) => f.contribution > 0).slice(0, MAX_FACTORS - 1);
  const factors = [
    ...helping.map((f) => ({ label: f.label, effect: 'helps' as const })),
    ...(facts.holdingBack
      ? [{ label: facts.holdingBack.label, effect: 'holds back' as const }]
      : []),
  ];
  const median = facts.salary.median;
  return {
    rank,
    code: facts.code,
    title: facts.title,
    matchPercent: facts.matchPercent,
    matchRange: { ...facts.matchRange },
    confidence: facts.confidence,
    factors,
    skillsThatFit: facts.skillsThatFit.slice(0, 5),
    interests: {
      yours: letterNames(facts.interests.yours),
      career: letterNames(facts.interests.career),
      shared: letterNames(facts.interests.shared),
    },
    values: { ...facts.values, yours: [...facts.values.yours] },
    salary: {
      medianText: facts.salary.medianText,
      medianUsd: median && median.kind !== 'unknown' ? median.usd : null,
      floorUsd: facts.salary.floorUsd,
      meetsFloor: facts.salary.meetsFloor,
      borrowedFrom: facts.salary.borrowedFrom?.title ?? null,
    },
    education: { ...facts.education },
    outlook: { ...facts.outlook, borrowedFrom: facts.outlook.borrowedFrom?.title ?? null },
    outlookConcern: facts.outlookConcern ?? null,
    payAgainstCurrentJob: facts.payAgainstCurrentJob ?? null,
    gaps: facts.gaps.slice(0, 3).map((g) => ({
      skill: g.skill,
      currentLevel: g.currentRating,
      requiredLevel: g.requiredRating,
      current: g.currentRating === null ? null : formatSkillRating(g.currentRating),
      required: formatSkillRating(g.requiredRating),
    })),
    skillsToCheck: facts.skillsToCheck.slice(0, 3).map((c) => ({
      skill: c.skill,
      requiredLevel: c.requiredRating,
      required: formatSkillRating(c.requiredRating),
    })),
    hotTechnologies: facts.hotTechnologies.slice(0, 3),
    resemblesBestMatches: [...facts.resemblesBestMatches],
    profileEstimatedFrom: facts.profileEstimatedFrom && [...facts.profileEstimatedFrom],
    counterfactuals: facts.counterfactuals.map((c) => ({
      skill: c.skill,
      toLevel: c.toRating,
      to: formatSkillRating(c.toRating),
      fromPercent: c.fromPercent,
      toPercent: c.toPercent,
    })),
    deterministicText,
  };
}

/**
 * The enhancer input for a ranked list: the facts of every explained recommendation, in rank
 * order, and the (already cleaned) person text. Null when nothing carries an explanation.
 */
export function toEnhanceInput(
  recommendations: readonly Recommendation[],
  person: EnhancePersonText | null,
  maxMove: number,
): EnhanceInput | null {
  const items = recommendations.flatMap((r) =>
    r.explanation
      ? [
          toEnhanceItem(
            r.rank,
            r.explanation.facts,
            r.explanation.deterministicText ?? r.explanation.text,
          ),
        ]
      : [],
  );
  if (items.length === 0) return null;
  return { items, person, maxMove: items.length === recommendations.length ? maxMove : 0 };
}

import { FEATURES, type FeatureSpec } from '../features/index.js';

/** Kinds of factor an explanation talks about. */
export type FactorKind =
  | 'skill'
  | 'interests'
  | 'values'
  | 'salary'
  | 'education'
  | 'skill-levels'
  | 'outlook'
  | 'career-profile';

/** A group of features a person understands, with its summed contribution to the score. */
export interface Factor {
  readonly id: string;
  readonly kind: FactorKind;
  /** Plain words: a skill name, "your interests", "salary against your floor" … */
  readonly label: string;
  /** Sum of the member features' contributions (logit units for the model). */
  readonly contribution: number;
}

const CONTEXT_KIND: Readonly<Record<string, [FactorKind, string]>> = {
  'pair:salary_fit': ['salary', 'salary against your floor'],
  'pair:job_zone_step_up': ['education', 'preparation needed'],
  'pair:job_zone_step_down': ['education', 'preparation needed'],
  'career:growth': ['outlook', 'job outlook'],
  'career:bright_outlook': ['outlook', 'job outlook'],
  'career:openings': ['outlook', 'job outlook'],
  'pair:interest_first_match': ['interests', 'your interests'],
  'pair:interest_code_overlap': ['interests', 'your interests'],
  'pair:top_skill_coverage': ['skill-levels', 'the key skills of the job'],
  'pair:value_top_match': ['values', 'what you value at work'],
  'pair:skill_shortfall': ['skill-levels', 'the skill levels the job asks for'],
  'pair:skill_surplus': ['skill-levels', 'the skill levels the job asks for'],
};

/** Context features that are a factor of their own (not part of the overall profile). */
const OWN_FACTOR: Readonly<Record<string, { id: string; kind: FactorKind; label: string }>> = {
  'pair:technology_similarity': {
    id: 'technology',
    kind: 'career-profile',
    label: 'the tools and technology of your current job',
  },
};

/** The factor a feature belongs to, or null for person-only features (same for every career). */
export function factorOf(
  feature: FeatureSpec,
): { id: string; kind: FactorKind; label: string } | null {
  if (feature.block === 'user') return null;
  const own = OWN_FACTOR[feature.name];
  if (own) return own;
  if (feature.block === 'career' && !(feature.name in CONTEXT_KIND)) {
    return {
      id: 'career-profile',
      kind: 'career-profile',
      label: "the occupation's overall profile",
    };
  }
  if (feature.block === 'fit') {
    if (feature.group === 'skills')
      return { id: `skill:${feature.label}`, kind: 'skill', label: feature.label };
    if (feature.group === 'interests')
      return { id: 'interests', kind: 'interests', label: 'your interests' };
    return { id: 'values', kind: 'values', label: 'what you value at work' };
  }
  const [kind, label] = CONTEXT_KIND[feature.name] ?? [
    'career-profile',
    "the occupation's overall profile",
  ];
  const id = kind === 'interests' || kind === 'values' ? kind : `${kind}`;
  return { id, kind, label };
}

/**
 * Groups per-feature contributions into factors, largest first. Person-only features are left
 * out: they move every career's score alike, so they say nothing about why this one fits.
 */
export function toFactors(contributions: ArrayLike<number>): Factor[] {
  const sums = new Map<string, { kind: FactorKind; label: string; contribution: number }>();
  FEATURES.forEach((feature, j) => {
    const f = factorOf(feature);
    if (!f) return;
    const entry = sums.get(f.id) ?? { kind: f.kind, label: f.label, contribution: 0 };
    entry.contribution += contributions[j] ?? 0;
    sums.set(f.id, entry);
  });
  return [...sums.entries()]
    .map(([id, e]) => ({ id, ...e }))
    .filter((f) => f.contribution !== 0)
    .sort((a, b) => b.contribution - a.contribution || a.id.localeCompare(b.id));
}

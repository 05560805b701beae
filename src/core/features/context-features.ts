import type { CareerProfile } from './career-profile.js';
import type {
  ContextFeature,
  FastPath,
  FeatureBlock,
  FeatureFactor,
  FeatureGroup,
} from './feature-spec.js';
import {
  growthFeature,
  inferredSimilarity,
  interestCodeOverlap,
  jobZoneDelta,
  openingsFeature,
  salaryFit,
  skillAlignment,
  skillLevelCorrelation,
  skillShortfall,
  skillsStatedFeature,
  skillSurplus,
  topSkillCoverage,
  MIN_LEVELS_FOR_CORRELATION,
} from './pair-math.js';
import { technologySimilarity } from './technology-index.js';
import type { UserContext } from './user-context.js';
import { cosineOf, dot, sparseDot } from './vector-math.js';

/** The explanation factors context features belong to. */
const FACTOR = {
  salary: { id: 'salary', kind: 'salary', label: 'salary against your floor' },
  education: { id: 'education', kind: 'education', label: 'preparation needed' },
  outlook: { id: 'outlook', kind: 'outlook', label: 'job outlook' },
  interests: { id: 'interests', kind: 'interests', label: 'your interests' },
  values: { id: 'values', kind: 'values', label: 'what you value at work' },
  // The first feature of an id names the factor: top-skill coverage comes before the shortfall.
  skillLevels: { id: 'skill-levels', kind: 'skill-levels', label: 'the key skills of the job' },
  profile: {
    id: 'career-profile',
    kind: 'career-profile',
    label: "the occupation's overall profile",
  },
  technology: {
    id: 'technology',
    kind: 'career-profile',
    label: 'the tools and technology of your current job',
  },
} as const satisfies Readonly<Record<string, FeatureFactor>>;

/** What every record says besides how it is computed. */
interface Meta<Role extends string> {
  readonly role: Role;
  readonly name: string;
  readonly block: FeatureBlock;
  readonly group: FeatureGroup;
  readonly label: string;
  readonly factor: FeatureFactor | null;
  readonly definition: string;
  readonly appliesTo?: (user: UserContext) => boolean;
}

/** A feature of the person alone. */
const userFeature = <R extends string>(
  meta: Meta<R>,
  of: (user: UserContext) => number,
): ContextFeature<R> => ({ ...meta, value: (user) => of(user), fast: { kind: 'user', of } });

/** A feature of the career alone. */
const careerFeature = <R extends string>(
  meta: Meta<R>,
  of: (career: CareerProfile) => number,
): ContextFeature<R> => ({
  ...meta,
  value: (_user, career) => of(career),
  fast: { kind: 'career', of },
});

/** A feature of the pair; `fast` says how the fast path gets it (default: pair by pair). */
const pairFeature = <R extends string>(
  meta: Meta<R>,
  value: (user: UserContext, career: CareerProfile) => number,
  fast: FastPath = { kind: 'per-pair' },
): ContextFeature<R> => ({ ...meta, value, fast });

/** 1 when the career is in the SOC `level` group of the person's current job. */
function sameGroupFeature<R extends string>(role: R, level: 'minor' | 'major', label: string) {
  const groupOf = (user: UserContext) =>
    level === 'minor' ? user.currentMinorGroup : user.currentMajorGroup;
  return pairFeature(
    {
      role,
      name: `pair:same_${level}_group`,
      block: 'context',
      group: 'education',
      label,
      factor: FACTOR.profile,
      definition: `1 when the career is in the SOC ${level} group of the current job`,
      appliesTo: (user) => groupOf(user) !== null,
    },
    (user, career) => {
      const group = groupOf(user);
      return group !== null && career.code.startsWith(group) ? 1 : 0;
    },
  );
}

/** A z-vector and Σ z² (its norm squared). */
type ZScores = readonly [Float64Array, number];

/**
 * Cosine of the z-scores of the job the profile was inferred from with the career's (0 without
 * a job; with `sameWidth`, also 0 for a career whose vector has another width).
 */
function jobSimilarityFeature<R extends string>(
  role: R,
  name: string,
  [group, label, what]: readonly [FeatureGroup, string, string],
  ofUser: (user: UserContext) => ZScores,
  ofCareer: (career: CareerProfile) => ZScores,
  sameWidth: boolean,
) {
  return pairFeature(
    {
      role,
      name,
      block: 'context',
      group,
      label,
      factor: FACTOR.profile,
      definition: `cosine of the ${what} z-scores of the current job and the career`,
      appliesTo: (user) => ofUser(user)[0].length > 0,
    },
    (user, career) => {
      const [z, zNormSq] = ofUser(user);
      const [careerZ, careerNormSq] = ofCareer(career);
      return sameWidth && careerZ.length !== z.length
        ? 0
        : inferredSimilarity(z, zNormSq, careerZ, careerNormSq);
    },
    KERNEL,
  );
}

const KERNEL: FastPath = { kind: 'kernel' };
const hasZone = (user: UserContext) => user.referenceJobZone !== null;

/**
 * The context features, in vector order: each one record with its name, the words a person
 * reads, its explanation factor, its definition, when it applies and how the fast path gets it.
 * Adding a context feature means adding a record here (and its test in context-features.test.ts);
 * the plain path, the fast path, the fold of the weights and the explanations follow.
 */
export const CONTEXT_FEATURES = Object.freeze([
  userFeature(
    {
      role: 'skillsStated',
      name: 'user:skills_stated',
      block: 'user',
      group: 'profile',
      label: 'skills stated',
      factor: null,
      definition: 'share of the 35 skills the person stated (or that were inferred)',
    },
    skillsStatedFeature,
  ),
  pairFeature(
    {
      role: 'salaryFit',
      name: 'pair:salary_fit',
      block: 'context',
      group: 'salary',
      label: 'salary against your floor',
      factor: FACTOR.salary,
      definition: 'log₂(median wage / salary floor) clipped to [−1, 1]',
      appliesTo: (user) => user.minSalaryUsd !== null && user.minSalaryUsd > 0,
    },
    (user, career) => salaryFit(user.minSalaryUsd, career.medianWageUsd),
    KERNEL,
  ),
  pairFeature(
    {
      role: 'jobZoneStepUp',
      name: 'pair:job_zone_step_up',
      block: 'context',
      group: 'education',
      label: 'more preparation',
      factor: FACTOR.education,
      definition: 'Job Zones above the person’s reference Job Zone, / 4',
      appliesTo: hasZone,
    },
    (user, career) => {
      const delta = jobZoneDelta(user, career);
      return delta === null ? 0 : Math.max(0, delta) / 4;
    },
    KERNEL,
  ),
  pairFeature(
    {
      role: 'jobZoneStepDown',
      name: 'pair:job_zone_step_down',
      block: 'context',
      group: 'education',
      label: 'less preparation',
      factor: FACTOR.education,
      definition: 'Job Zones below the person’s reference Job Zone, / 4',
      appliesTo: hasZone,
    },
    (user, career) => {
      const delta = jobZoneDelta(user, career);
      return delta === null ? 0 : Math.max(0, -delta) / 4;
    },
    KERNEL,
  ),
  careerFeature(
    {
      role: 'growth',
      name: 'career:growth',
      block: 'career',
      group: 'outlook',
      label: 'projected growth',
      factor: FACTOR.outlook,
      definition: 'projected employment change / 20 %, clipped to [−1, 1]',
    },
    growthFeature,
  ),
  careerFeature(
    {
      role: 'brightOutlook',
      name: 'career:bright_outlook',
      block: 'career',
      group: 'outlook',
      label: 'Bright Outlook',
      factor: FACTOR.outlook,
      definition: '1 for an O*NET Bright Outlook occupation',
    },
    (career) => (career.brightOutlook ? 1 : 0),
  ),
  careerFeature(
    {
      role: 'openings',
      name: 'career:openings',
      block: 'career',
      group: 'outlook',
      label: 'annual openings',
      factor: FACTOR.outlook,
      definition: 'log₁₀(1 + annual openings in thousands) / 2',
    },
    openingsFeature,
  ),
  pairFeature(
    {
      role: 'interestFirstMatch',
      name: 'pair:interest_first_match',
      block: 'context',
      group: 'interests',
      label: 'top interest',
      factor: FACTOR.interests,
      definition: '1 when the career’s first high point is the person’s strongest interest',
      appliesTo: (user) => user.topInterests.length > 0,
    },
    (user, career) => {
      const first = user.topInterests[0];
      return first !== undefined && career.highPoints[0] === first ? 1 : 0;
    },
    KERNEL,
  ),
  pairFeature(
    {
      role: 'interestCodeOverlap',
      name: 'pair:interest_code_overlap',
      block: 'context',
      group: 'interests',
      label: 'interest code',
      factor: FACTOR.interests,
      definition: 'share of the career’s high points among the person’s top interest letters',
      appliesTo: (user) => user.topInterests.length > 0,
    },
    interestCodeOverlap,
    KERNEL,
  ),
  pairFeature(
    {
      role: 'topSkillCoverage',
      name: 'pair:top_skill_coverage',
      block: 'context',
      group: 'skills',
      label: 'key skills',
      factor: FACTOR.skillLevels,
      definition: 'share of the career’s most important skills the person stated',
      appliesTo: (user) => user.statedCount > 0,
    },
    topSkillCoverage,
    KERNEL,
  ),
  pairFeature(
    {
      role: 'valueTopMatch',
      name: 'pair:value_top_match',
      block: 'context',
      group: 'values',
      label: 'top work value',
      factor: FACTOR.values,
      definition: '1 when the career’s top work value is the person’s',
      appliesTo: (user) => user.topValue >= 0,
    },
    (user, career) => (user.topValue >= 0 && user.topValue === career.topValue ? 1 : 0),
    KERNEL,
  ),
  pairFeature(
    {
      role: 'skillShortfall',
      name: 'pair:skill_shortfall',
      block: 'context',
      group: 'skills',
      label: 'skill shortfall',
      factor: FACTOR.skillLevels,
      definition: 'importance-weighted mean of the levels the career asks above the person’s, / 7',
      appliesTo: (user) => user.knownIndices.length > 0,
    },
    skillShortfall,
    KERNEL,
  ),
  pairFeature(
    {
      role: 'skillSurplus',
      name: 'pair:skill_surplus',
      block: 'context',
      group: 'skills',
      label: 'skill surplus',
      factor: FACTOR.skillLevels,
      definition: 'importance-weighted mean of the person’s levels above the career’s, / 7',
      appliesTo: (user) => user.knownIndices.length > 0,
    },
    skillSurplus,
    KERNEL,
  ),
  pairFeature(
    {
      role: 'skillAlignment',
      name: 'pair:skill_alignment',
      block: 'context',
      group: 'skills',
      label: 'your skills',
      factor: FACTOR.profile,
      definition: 'mean emphasis of the career on the person’s strengths: Σ sₖ·eₖ / Σ |sₖ|',
      appliesTo: (user) => user.strengthAbsSum > 0,
    },
    skillAlignment,
    KERNEL,
  ),
  pairFeature(
    {
      role: 'skillLevelCorrelation',
      name: 'pair:skill_level_correlation',
      block: 'context',
      group: 'skills',
      label: 'your skill profile',
      factor: FACTOR.profile,
      definition: `Pearson correlation of the person’s known skill levels with the career’s (at least ${MIN_LEVELS_FOR_CORRELATION})`,
      appliesTo: (user) => user.knownIndices.length >= MIN_LEVELS_FOR_CORRELATION,
    },
    skillLevelCorrelation,
    KERNEL,
  ),
  pairFeature(
    {
      role: 'interestCorrelation',
      name: 'pair:interest_correlation',
      block: 'context',
      group: 'interests',
      label: 'interest profile',
      factor: FACTOR.profile,
      definition: 'Pearson correlation of the person’s six RIASEC scores with the career’s',
      appliesTo: (user) => user.profile.interests !== null,
    },
    (user, career) =>
      user.profile.interests
        ? cosineOf(
            dot(user.interestCentred, career.interestCentred),
            user.interestSumSq,
            career.interestSumSq,
          )
        : 0,
    KERNEL,
  ),
  pairFeature(
    {
      role: 'valueCorrelation',
      name: 'pair:value_correlation',
      block: 'context',
      group: 'values',
      label: 'work values profile',
      factor: FACTOR.profile,
      definition: 'Pearson correlation of the person’s six work values with the career’s',
      appliesTo: (user) => user.profile.values !== null,
    },
    (user, career) =>
      user.profile.values
        ? cosineOf(dot(user.valueCentred, career.valueCentred), user.valueSumSq, career.valueSumSq)
        : 0,
    KERNEL,
  ),
  pairFeature(
    {
      role: 'profileCosine',
      name: 'pair:profile_cosine',
      block: 'context',
      group: 'skills',
      label: 'overall profile',
      factor: FACTOR.profile,
      definition: 'cosine of the person’s and the career’s profile vectors',
      appliesTo: (user) => user.vectorNormSq > 0,
    },
    (user, career) =>
      cosineOf(
        sparseDot(user.vectorNonZero, user.vector, career.vector),
        user.vectorNormSq,
        career.vectorNormSq,
      ),
    KERNEL,
  ),
  pairFeature(
    {
      role: 'jobZoneDistance',
      name: 'pair:job_zone_distance',
      block: 'context',
      group: 'education',
      label: 'preparation level',
      factor: FACTOR.profile,
      definition: '|career Job Zone − the person’s reference Job Zone| / 4',
      appliesTo: hasZone,
    },
    (user, career) => {
      const delta = jobZoneDelta(user, career);
      return delta === null ? 0 : Math.abs(delta) / 4;
    },
    KERNEL,
  ),
  jobSimilarityFeature(
    'skillEmphasisSimilarity',
    'pair:skill_emphasis_similarity',
    ['skills', 'your current job’s skills', 'skill-importance'],
    (user) => [user.inferredSkillZ, user.inferredSkillNormSq],
    (career) => [career.emphasis, career.skillEmphasisNormSq],
    false,
  ),
  jobSimilarityFeature(
    'abilitySimilarity',
    'pair:ability_similarity',
    ['skills', 'your current job’s abilities', 'ability-importance'],
    (user) => [user.inferredAbilityZ, user.inferredAbilityNormSq],
    (career) => [career.abilityZ, career.abilityNormSq],
    true,
  ),
  jobSimilarityFeature(
    'workStyleSimilarity',
    'pair:work_style_similarity',
    ['values', 'your current job’s work styles', 'work-style'],
    (user) => [user.inferredWorkStyleZ, user.inferredWorkStyleNormSq],
    (career) => [career.workStyleZ, career.workStyleNormSq],
    true,
  ),
  sameGroupFeature('sameMinorGroup', 'minor', 'same occupational field'),
  sameGroupFeature('sameMajorGroup', 'major', 'same occupational family'),
  pairFeature(
    {
      role: 'technologySimilarity',
      name: 'pair:technology_similarity',
      block: 'context',
      group: 'skills',
      label: 'tools and technology you use',
      factor: FACTOR.technology,
      definition:
        'IDF-weighted cosine of the Technology Skills (examples and commodity classes) of the current job and the career',
      appliesTo: (user) => user.inferredTechnology.terms.length > 0,
    },
    (user, career) => technologySimilarity(user.inferredTechnology, career.technology),
    KERNEL,
  ),
] as const);

/** The fast path's name for a context feature's folded weight. */
export type ContextRole = (typeof CONTEXT_FEATURES)[number]['role'];

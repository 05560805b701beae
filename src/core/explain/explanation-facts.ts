import {
  RIASEC,
  WORK_VALUES,
  formatWage,
  type BorrowedFigures,
  type JobZoneInfo,
  type Occupation,
  type OutlookConcern,
  type PayAgainstCurrentJob,
  type RiasecLetter,
  type ToolInDemand,
} from '../domain/index.js';
import { PROFILE_DIMENSIONS, type CareerProfile, type UserContext } from '../features/index.js';
import {
  isExpandedScorer,
  toMatchPercent,
  type ConfidenceBasis,
  type Scorer,
  type SkillGap,
  type SkillToCheck,
} from '../ranking/index.js';
import { counterfactuals } from './counterfactual.js';
import { findHoldingBack } from './holding-back.js';
import { toStrengths } from './strengths.js';
import type { ExplanationFacts } from './explanation-schema.js';
import { toFactors } from './factors.js';

/** Inputs needed to explain one recommendation. */
export interface ExplainInput {
  readonly scorer: Scorer;
  readonly user: UserContext;
  readonly career: CareerProfile;
  readonly occupation: Occupation;
  readonly score: number;
  readonly confidence: ConfidenceBasis;
  readonly gaps: readonly SkillGap[];
  /** The needed skills the person did not mention (skillsToCheck). */
  readonly toCheck: readonly SkillToCheck[];
  /** The recommendation's tools in demand, most relevant first (rankToolsInDemand). */
  readonly toolsInDemand: readonly ToolInDemand[];
  /** The occupation's outlook concern (shrinking or small), if any. */
  readonly outlookConcern?: OutlookConcern | null;
  /** Its median against the current job's, when there is a current job. */
  readonly payAgainstCurrentJob?: PayAgainstCurrentJob | null;
  /** Whose BLS figures the wage and the outlook are, when not the occupation's own. */
  readonly borrowed: {
    readonly wages: BorrowedFigures | null;
    readonly outlook: BorrowedFigures | null;
  };
  readonly jobZones: readonly JobZoneInfo[];
  /** Occupation title by code, to name the best-fitting occupations; codes are shown without it. */
  readonly titleOf?: (code: string) => string | undefined;
}

/** Builds the facts behind one recommendation from the same numbers as its score. */
export function buildExplanationFacts(input: ExplainInput): ExplanationFacts {
  const { scorer, user, career, occupation } = input;
  const contributions = scorer.contributions(user, career);
  // A fit feature of a dimension the person said nothing about is the same for every career,
  // so it explains nothing about this one: leave it out of the named factors.
  for (let i = 0; i < PROFILE_DIMENSIONS; i++) {
    if (user.strength[i] === 0) contributions[2 * PROFILE_DIMENSIONS + i] = 0;
  }
  const factors = toFactors(contributions);
  const yours = user.topInterests;
  const careerLetters = career.highPoints;
  const floor = user.minSalaryUsd;
  const median = occupation.wages?.medianAnnualUsd ?? null;
  const medianUsd = career.medianWageUsd;
  return {
    code: occupation.code,
    title: occupation.title,
    model: scorer.kind,
    matchPercent: toMatchPercent(scorer, user, input.score),
    matchRange: input.confidence.matchRange,
    confidence: input.confidence.confidence,
    factors,
    topFactors: factors.filter((f) => f.contribution > 0).slice(0, 3),
    holdingBack: findHoldingBack(factors, {
      user,
      career,
      occupation,
      gaps: input.gaps,
      toCheck: input.toCheck,
    }),
    skillsThatFit: toStrengths(factors, user, career),
    interests: {
      yours,
      career: careerLetters,
      shared: yours.filter((l) => careerLetters.includes(l)),
    },
    values: {
      yours: user.profile.valueOrder.slice(0, 3),
      careerTop: career.topValue >= 0 ? WORK_VALUES[career.topValue]!.name : null,
      shared: user.topValue >= 0 && user.topValue === career.topValue,
    },
    salary: {
      median,
      medianText: median ? formatWage(median) : 'not available',
      floorUsd: floor,
      meetsFloor: floor === null ? null : medianUsd === null ? false : medianUsd >= floor,
      borrowedFrom: input.borrowed.wages,
    },
    education: {
      jobZone: occupation.jobZone,
      jobZoneName: input.jobZones.find((z) => z.zone === occupation.jobZone)?.name ?? null,
      typicalEntryEducation:
        occupation.outlook?.typicalEntryEducation ?? occupation.education?.typicalLabel ?? null,
    },
    outlook: {
      brightOutlook: occupation.outlook?.brightOutlook ?? false,
      changePercent: occupation.outlook?.changePercent ?? null,
      annualOpeningsThousands: occupation.outlook?.annualOpeningsThousands ?? null,
      borrowedFrom: input.borrowed.outlook,
    },
    outlookConcern: input.outlookConcern ?? null,
    payAgainstCurrentJob: input.payAgainstCurrentJob ?? null,
    gaps: input.gaps,
    skillsToCheck: input.toCheck,
    toolsInDemand: input.toolsInDemand.slice(0, 5),
    toolsLeaveOutCurrentJob: user.profile.currentOccupation !== null,
    hotTechnologies: input.toolsInDemand.slice(0, 5).map((t) => t.name),
    counterfactuals: counterfactuals(
      scorer,
      user,
      career,
      [...input.gaps, ...input.toCheck].slice(0, 3),
    ),
    resemblesBestMatches: isExpandedScorer(scorer)
      ? scorer
          .expansion(user)
          .filter((n) => n.code !== career.code)
          .map((n) => input.titleOf?.(n.code) ?? n.code)
      : [],
    profileEstimatedFrom: occupation.profileEstimate
      ? occupation.profileEstimate.from.slice(0, 3).map((d) => d.title)
      : null,
  };
}

/** RIASEC letter → name, for text. */
export const letterName = (l: RiasecLetter) => RIASEC.find((a) => a.letter === l)!.name;

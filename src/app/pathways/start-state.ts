import type { Occupation, UserProfile } from '../../core/domain/index.js';
import {
  EDUCATION_YEARS,
  type EducationLevel,
  type RouteState,
} from '../../core/pathways/index.js';

/** Where a person starts from and the assumptions made to place them there. */
export interface StartingPoint {
  readonly state: RouteState;
  /** The education the route counts from, and why. */
  readonly education: { readonly level: string; readonly basis: string };
  readonly assumptions: readonly string[];
}

/** What the person may say beyond the profile. */
export interface StartOptions {
  /** Highest education completed, as a BLS category; absent: inferred from the current job. */
  readonly education?: EducationLevel;
  /** Years in the current job (counted as related experience where O*NET says it is related). */
  readonly yearsInCurrentJob?: number;
}

/**
 * The starting state of a route: the profile's skill levels (stated or inferred from the current
 * job), the education completed (stated, else the BLS typical entry education of the current
 * job, else a high school diploma) and the years in the current job (stated, else none counted).
 */
export function toStartingPoint(
  profile: UserProfile,
  current: Occupation | null,
  options: StartOptions,
): StartingPoint {
  const currentEducation = current?.outlook?.typicalEntryEducation ?? null;
  const education = options.education
    ? { level: options.education, basis: 'as you said' }
    : currentEducation && currentEducation in EDUCATION_YEARS
      ? {
          level: currentEducation,
          basis: `assumed: the BLS typical entry education of ${current!.title}; give "education" if yours differs`,
        }
      : {
          level: 'High school diploma or equivalent',
          basis:
            'assumed: a high school diploma (no current job with a BLS figure); give "education" if yours differs',
        };
  const years = current ? (options.yearsInCurrentJob ?? 0) : 0;
  const assumptions = [
    `Education counted from: ${education.level} (${education.basis}).`,
    current
      ? options.yearsInCurrentJob === undefined
        ? `No years in ${current.title} are counted as related experience; give "yearsInCurrentJob" to count yours.`
        : `${years} years in ${current.title} count as related experience where O*NET lists it as related to the next job.`
      : 'No current job given: every move starts from the skills you stated.',
  ];
  return {
    state: {
      skillLevels: profile.skillLevels,
      takenAtWord: profile.skillSources.map((s) => s === 'stated-default'),
      educationYears: EDUCATION_YEARS[education.level as EducationLevel],
      job: current,
      isCurrentJob: current !== null,
      yearsInJob: years,
    },
    education,
    assumptions,
  };
}

import type { Occupation, ProfileEstimate } from '../domain/index.js';
import { createDonorSimilarity, type DonorSimilarity } from './donor-similarity.js';
import {
  DEFAULT_ESTIMATOR,
  estimateProfile,
  type EstimatedFields,
  type EstimatorOptions,
} from './estimate-profile.js';

/** True when O*NET rated the occupation's skills itself. */
export function isOnetRated(o: Occupation): boolean {
  return o.rateable && o.skills !== null && o.profileEstimate === undefined;
}

/**
 * True for an occupation O*NET describes (tasks, interests, Job Zone) without rating its skills:
 * Data Scientists, Paramedics … (29 in O*NET 30.1). "All Other" codes describe nothing and stay
 * unrated.
 */
export function isDescribedUnrated(o: Occupation): boolean {
  return o.skills === null && o.tasks.length > 0 && o.interests !== null && o.jobZone !== null;
}

/** The occupation with the estimated fields filled in where O*NET has none, marked as estimated. */
export function toEstimatedOccupation(o: Occupation, fields: EstimatedFields): Occupation {
  const filled: ProfileEstimate['fields'][number][] = [];
  const fill = <K extends 'skills' | 'knowledge' | 'abilities' | 'workValues'>(key: K) => {
    if (o[key] !== null || fields[key] === null) return o[key];
    filled.push(key);
    return fields[key] as Occupation[K];
  };
  const skills = fill('skills');
  const knowledge = fill('knowledge');
  const abilities = fill('abilities');
  const workValues = fill('workValues');
  return {
    ...o,
    rateable: skills !== null,
    skills,
    knowledge,
    abilities,
    workValues,
    profileEstimate: { from: fields.from, fields: filled },
  };
}

/**
 * Gives every described-but-unrated occupation an estimated profile (skills, knowledge,
 * abilities, and work values where O*NET has none) from the O*NET-rated occupations most like
 * it, and marks it with `profileEstimate`; every other occupation is returned as it was.
 */
export function withEstimatedProfiles(
  occupations: readonly Occupation[],
  options: EstimatorOptions = DEFAULT_ESTIMATOR,
  similarity: DonorSimilarity = createDonorSimilarity(occupations),
): Occupation[] {
  const rated = occupations.map(isOnetRated);
  return occupations.map((o, i) => {
    if (!isDescribedUnrated(o)) return o;
    const fields = estimateProfile(occupations, similarity, i, (j) => rated[j]!, options);
    return fields.skills === null ? o : toEstimatedOccupation(o, fields);
  });
}

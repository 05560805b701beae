import type { OnetCode } from './onet-code.js';
import type { RiasecLetter } from './riasec.js';

/** Where a skill level in a resolved profile came from. */
export type SkillLevelSource = 'stated' | 'stated-default' | 'inferred';

/** O*NET level (LV scale, 0–7) assumed for a skill a person names without a level. */
export const DEFAULT_STATED_SKILL_LEVEL = 4;

/**
 * Maps a 1–5 self-rating onto O*NET's 1–7 level scale, linearly: 1→1, 2→2.5, 3→4, 4→5.5, 5→7.
 * The anchors of O*NET's level scale sit at 2, 4 and 6, so "3 of 5" lands on the middle anchor.
 */
export function selfRatingToLevel(rating: number): number {
  return 1 + (rating - 1) * 1.5;
}

/** What the person wants filtered out or in. All optional. */
export interface Constraints {
  readonly minSalaryUsd?: number;
  readonly maxJobZone?: number;
  readonly socMajorGroups?: readonly string[];
  /** SOC major groups the person wants nothing from ("avoid these fields"). */
  readonly avoidSocMajorGroups?: readonly string[];
  readonly excludeCodes?: readonly string[];
  readonly brightOutlookOnly?: boolean;
}

/** How big a change the person wants, measured from their current job. */
export const CHANGE_PREFERENCES = ['close', 'balanced', 'new-direction'] as const;

/**
 * `close`: moves that keep most of what they do; `balanced` (default): no preference;
 * `new-direction`: away from the current job's family (its broad occupation and closest relatives).
 */
export type ChangePreference = (typeof CHANGE_PREFERENCES)[number];

/** What the person prefers without making it a hard filter. All optional. */
export interface Preferences {
  readonly change?: ChangePreference;
}

/**
 * A person's profile resolved to O*NET element order, ready for features and explanations.
 * "Not stated" is null, never zero.
 */
export interface UserProfile {
  /** 35 entries in SKILLS order: level on the LV scale (0–7), or null when not stated. */
  readonly skillLevels: readonly (number | null)[];
  /** 35 entries: where each known level came from, or null when not stated. */
  readonly skillSources: readonly (SkillLevelSource | null)[];
  /** Six RIASEC scores in [0, 1] (RIASEC order), or null when interests were not given. */
  readonly interests: readonly number[] | null;
  /** Interest letters in the person's order of preference (for explanations). */
  readonly interestOrder: readonly RiasecLetter[];
  /** Six work-value scores in [0, 1] (WORK_VALUES order), or null when not given. */
  readonly values: readonly number[] | null;
  /** Work-value names in the person's order of preference. */
  readonly valueOrder: readonly string[];
  readonly constraints: Constraints;
  /** Soft preferences (how big a change); absent means balanced. */
  readonly preferences?: Preferences;
  /** The occupation the profile was (partly) inferred from, when given. */
  readonly currentOccupation: OnetCode | null;
  /** Job Zone of the current occupation, when known (used for the step-up feature). */
  readonly currentJobZone: number | null;
  /** The full O*NET profile of the current occupation, when the profile was inferred from one. */
  readonly inferred?: InferredOccupationProfile | null;
}

/** What an occupation's O*NET ratings say beyond skill levels, kept when a profile is inferred. */
export interface InferredOccupationProfile {
  readonly code: OnetCode;
  /** Skill importance (IM, 1–5) in SKILLS order. */
  readonly skillImportance: readonly number[];
  /** Ability importance (IM) in catalog order, or null. */
  readonly abilityImportance: readonly number[] | null;
  /** Work style impact (WI) in catalog order, or null. */
  readonly workStyleImpact: readonly number[] | null;
}

/** True when the profile says anything at all that matching can use. */
export function profileHasSignal(profile: UserProfile): boolean {
  return (
    profile.skillLevels.some((l) => l !== null) ||
    profile.interests !== null ||
    profile.values !== null
  );
}

/** A profile that states nothing (no skills, interests, values, constraints or job), with `parts`. */
export function blankProfile(parts: Partial<UserProfile> = {}): UserProfile {
  return {
    skillLevels: new Array<null>(35).fill(null),
    skillSources: new Array<null>(35).fill(null),
    interests: null,
    interestOrder: [],
    values: null,
    valueOrder: [],
    constraints: {},
    currentOccupation: null,
    currentJobZone: null,
    ...parts,
  };
}

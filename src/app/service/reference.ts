import {
  RIASEC,
  SKILL_GROUPS,
  SKILL_RATINGS,
  SKILLS,
  SOC_MAJOR_GROUPS,
  WORK_VALUES,
  toMajorGroup,
  toSkillRating,
  type Catalog,
  type RiasecLetter,
} from '../../core/domain/index.js';

/** What one level of a skill looks like (an O*NET level-scale anchor) and the self-rating nearest it. */
export interface SkillAnchor {
  /** Level on O*NET's LV scale (0–7); O*NET anchors skills at 2, 4 and 6. */
  readonly level: number;
  /** The 1–5 self-rating whose level is closest to this anchor. */
  readonly rating: number;
  readonly description: string;
}

/** The names and scales a profile form needs: what the API accepts, with O*NET's anchors. */
export interface Reference {
  readonly skillGroups: readonly { readonly id: string; readonly name: string }[];
  readonly skills: readonly {
    readonly id: string;
    readonly name: string;
    readonly groupId: string;
    readonly anchors: readonly SkillAnchor[];
  }[];
  /** The O*NET level (LV) each 1–5 self-rating stands for, index 0 = rating 1. */
  readonly selfRatingLevels: readonly number[];
  /** The skill scale every person reads and types: 1 basic … 5 expert, with its O*NET level. */
  readonly skillScale: readonly {
    readonly rating: number;
    readonly label: string;
    readonly onetLevel: number;
  }[];
  readonly riasec: readonly { readonly letter: RiasecLetter; readonly name: string }[];
  readonly workValues: readonly { readonly id: string; readonly name: string }[];
  readonly jobZones: readonly {
    readonly zone: number;
    readonly name: string;
    readonly education: string;
  }[];
  /** SOC major groups (the `socMajorGroups` constraint) with how many rateable occupations each has. */
  readonly socMajorGroups: readonly {
    readonly code: string;
    readonly name: string;
    readonly occupations: number;
  }[];
}

/** The self-rating (1–5) whose O*NET level is closest to `level` (ties go to the lower rating). */
export function nearestSelfRating(level: number): number {
  return toSkillRating(level);
}

/** Builds the reference lists from the domain constants and the catalog's anchors and counts. */
export function toReference(catalog: Catalog): Reference {
  const anchorsOf = (elementId: string): SkillAnchor[] =>
    catalog.levelAnchors
      .filter((a) => a.elementId === elementId)
      .sort((a, b) => a.level - b.level)
      .map((a) => ({
        level: a.level,
        rating: nearestSelfRating(a.level),
        description: a.description,
      }));
  const counts = new Map<string, number>();
  for (const o of catalog.occupations) {
    if (o.rateable) counts.set(toMajorGroup(o.code), (counts.get(toMajorGroup(o.code)) ?? 0) + 1);
  }
  return {
    skillGroups: SKILL_GROUPS.map((g) => ({ id: g.id, name: g.name })),
    skills: SKILLS.map((s) => ({
      id: s.id,
      name: s.name,
      groupId: s.groupId,
      anchors: anchorsOf(s.id),
    })),
    selfRatingLevels: SKILL_RATINGS.map((s) => s.onetLevel),
    skillScale: SKILL_RATINGS.map((s) => ({ ...s })),
    riasec: RIASEC.map((a) => ({ letter: a.letter, name: a.name })),
    workValues: WORK_VALUES.map((v) => ({ id: v.id, name: v.name })),
    jobZones: catalog.jobZones.map((z) => ({ zone: z.zone, name: z.name, education: z.education })),
    socMajorGroups: SOC_MAJOR_GROUPS.map((g) => ({ ...g, occupations: counts.get(g.code) ?? 0 })),
  };
}

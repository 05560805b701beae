import {
  SKILLS,
  type ElementRating,
  type Occupation,
  type OnetCode,
  type RiasecLetter,
} from '../../src/core/domain/index.js';

/** Options for a hand-made occupation: skill importance/level by skill name, RIASEC scores … */
export interface OccupationSpec {
  code: string;
  title?: string;
  /** Importance (1–5) and level (0–7) by skill name; other skills get importance 1.5, level 1. */
  skills?: Record<string, [importance: number, level: number]> | null;
  /** OI scores (1–7) in RIASEC order. */
  interests?: number[];
  highPoints?: RiasecLetter[];
  /** EX scores (1–7) in WORK_VALUES order. */
  values?: number[];
  jobZone?: number | null;
  medianUsd?: number | null;
  changePercent?: number;
  openingsThousands?: number;
  bright?: boolean;
  suppressed?: string[];
}

/** Builds a complete, valid Occupation for unit tests. */
export function makeOccupation(spec: OccupationSpec): Occupation {
  const skills: ElementRating[] | null =
    spec.skills === null
      ? null
      : SKILLS.map((s) => {
          const [importance, level] = spec.skills?.[s.name] ?? [1.5, 1];
          return {
            importance,
            level,
            suppressed: spec.suppressed?.includes(s.name) ?? false,
            notRelevant: false,
          };
        });
  const code = spec.code as OnetCode;
  return {
    code,
    title: spec.title ?? `Occupation ${spec.code}`,
    description: '',
    rateable: skills !== null,
    skills,
    knowledge: null,
    abilities: null,
    interests: { scores: spec.interests ?? [3, 3, 3, 3, 3, 3], highPoints: spec.highPoints ?? [] },
    workValues: { scores: spec.values ?? [4, 4, 4, 4, 4, 4], highPoints: [] },
    workStyles: null,
    jobZone: spec.jobZone === undefined ? 3 : spec.jobZone,
    education: null,
    alternateTitles: [],
    reportedTitles: [],
    technologies: [],
    tasks: [],
    related: [],
    wages:
      spec.medianUsd === null
        ? null
        : {
            medianAnnualUsd: { kind: 'exact', usd: spec.medianUsd ?? 60000 },
            pct10AnnualUsd: { kind: 'unknown', reason: 'fixture' },
            pct25AnnualUsd: { kind: 'unknown', reason: 'fixture' },
            pct75AnnualUsd: { kind: 'unknown', reason: 'fixture' },
            pct90AnnualUsd: { kind: 'unknown', reason: 'fixture' },
            socCode: spec.code.slice(0, 7),
            inheritedFromSoc: false,
            source: 'fixture',
          },
    outlook: {
      employment2024Thousands: 100,
      employment2034Thousands: 100,
      changePercent: spec.changePercent ?? 3,
      annualOpeningsThousands: spec.openingsThousands ?? 5,
      typicalEntryEducation: "Bachelor's degree",
      workExperience: 'None',
      onTheJobTraining: 'None',
      brightOutlook: spec.bright ?? false,
      brightOutlookReason: 'fixture',
      socCode: spec.code.slice(0, 7),
      inheritedFromSoc: false,
    },
  };
}

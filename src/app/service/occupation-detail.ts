import {
  RIASEC,
  SKILLS,
  WORK_VALUES,
  borrowedFiguresOf,
  rankToolsInDemand,
  type Catalog,
  type Occupation,
  type OnetCode,
} from '../../core/domain/index.js';
import { estimatedProfileText } from '../../core/explain/index.js';

/** Everything the detail view of one occupation shows. */
export type OccupationDetail = ReturnType<typeof toOccupationDetail>;

/** The presentable detail of one occupation: profile, wages, outlook, education, tools, related. */
export function toOccupationDetail(
  occupation: Occupation,
  catalog: Catalog,
  findOccupation: (code: OnetCode) => Occupation | undefined,
) {
  const borrowed = borrowedFiguresOf(occupation);
  const zone = catalog.jobZones.find((z) => z.zone === occupation.jobZone) ?? null;
  return {
    code: occupation.code,
    title: occupation.title,
    description: occupation.description,
    rateable: occupation.rateable,
    profileEstimated: occupation.profileEstimate !== undefined,
    profileEstimateText: estimatedProfileText(
      occupation.profileEstimate?.from.slice(0, 3).map((d) => d.title) ?? null,
    ),
    jobZone: occupation.jobZone,
    jobZoneName: zone?.name ?? null,
    jobZoneEducation: zone?.education ?? null,
    education: occupation.education
      ? {
          typicalLabel: occupation.education.typicalLabel,
          typicalCategory: occupation.education.typicalCategory,
        }
      : null,
    wages: occupation.wages
      ? {
          ...occupation.wages,
          borrowedFrom: borrowed.wages,
        }
      : null,
    outlook: occupation.outlook
      ? {
          ...occupation.outlook,
          borrowedFrom: borrowed.outlook,
        }
      : null,
    interests: occupation.interests
      ? {
          scores: Object.fromEntries(
            RIASEC.map((a, i) => [a.letter, occupation.interests!.scores[i] ?? null]),
          ),
          highPoints: occupation.interests.highPoints,
        }
      : null,
    workValues: occupation.workValues
      ? {
          scores: Object.fromEntries(
            WORK_VALUES.map((v, i) => [v.name, occupation.workValues!.scores[i] ?? null]),
          ),
          highPoints: occupation.workValues.highPoints,
        }
      : null,
    skills: occupation.skills
      ? SKILLS.map((s, i) => ({
          id: s.id,
          name: s.name,
          importance: occupation.skills![i]!.importance,
          level: occupation.skills![i]!.level,
          suppressed: occupation.skills![i]!.suppressed,
        })).sort((a, b) => b.importance - a.importance || a.name.localeCompare(b.name))
      : null,
    technologies: [...occupation.technologies]
      .sort(
        (a, b) =>
          Number(b.hot) - Number(a.hot) ||
          Number(b.inDemand) - Number(a.inDemand) ||
          a.name.localeCompare(b.name),
      )
      .slice(0, 20),
    toolsInDemand: rankToolsInDemand(occupation, catalog.occupations),
    tasks: occupation.tasks
      .filter((t) => t.core)
      .slice(0, 12)
      .map((t) => t.text),
    alternateTitles: occupation.alternateTitles.slice(0, 20),
    related: occupation.related.map((r) => ({
      code: r.code,
      title: findOccupation(r.code)?.title ?? r.code,
      tier: r.tier,
    })),
  };
}

import { dataInvalidError, type DataIssue } from '../../errors.js';
import type { OnetTable } from './onet-files.js';
import { parseEducation, parseEducationCategories } from './parse-education.js';
import type { EducationCategoryRow, EducationRow } from './parse-education.js';
import { collectIssues } from './parse-helpers.js';
import { parseJobZones, type JobZoneRow } from './parse-job-zones.js';
import { parseOccupationData, type OccupationRow } from './parse-occupation-data.js';
import { parseInterests, parseWorkStyles, parseWorkValues } from './parse-profile-scores.js';
import type { ScoreRow } from './parse-profile-scores.js';
import { parseAbilities, parseKnowledge, parseSkills, type RatingRow } from './parse-ratings.js';
import * as reference from './parse-reference.js';
import { parseRelatedOccupations, type RelatedRow } from './parse-related-occupations.js';
import { parseTaskStatements, type TaskRow } from './parse-task-statements.js';
import { parseTechnologySkills, type TechnologyRow } from './parse-technology-skills.js';
import { parseAlternateTitles, parseReportedTitles, type TitleRow } from './parse-titles.js';

/** Every O*NET table the catalog uses, parsed and validated. */
export interface OnetTables {
  readonly occupationData: readonly OccupationRow[];
  readonly skills: readonly RatingRow[];
  readonly knowledge: readonly RatingRow[];
  readonly abilities: readonly RatingRow[];
  readonly interests: readonly ScoreRow<'OI' | 'IH'>[];
  readonly workValues: readonly ScoreRow<'EX' | 'VH'>[];
  readonly workStyles: readonly ScoreRow<'WI' | 'DR'>[];
  readonly jobZones: readonly JobZoneRow[];
  readonly education: readonly EducationRow[];
  readonly educationCategories: readonly EducationCategoryRow[];
  readonly alternateTitles: readonly TitleRow[];
  readonly reportedTitles: readonly TitleRow[];
  readonly technologySkills: readonly TechnologyRow[];
  readonly taskStatements: readonly TaskRow[];
  readonly relatedOccupations: readonly RelatedRow[];
  readonly contentModel: readonly reference.ContentModelRow[];
  readonly scales: readonly reference.ScaleRow[];
  readonly levelAnchors: readonly reference.LevelAnchorRow[];
  readonly jobZoneReference: readonly reference.JobZoneReferenceRow[];
  readonly interestActivities: readonly reference.InterestActivityRow[];
  readonly basicInterests: readonly reference.BasicInterestRow[];
}

const PARSERS: { readonly [K in OnetTable]: (text: string) => OnetTables[K] } = {
  occupationData: parseOccupationData,
  skills: parseSkills,
  knowledge: parseKnowledge,
  abilities: parseAbilities,
  interests: parseInterests,
  workValues: parseWorkValues,
  workStyles: parseWorkStyles,
  jobZones: parseJobZones,
  education: parseEducation,
  educationCategories: parseEducationCategories,
  alternateTitles: parseAlternateTitles,
  reportedTitles: parseReportedTitles,
  technologySkills: parseTechnologySkills,
  taskStatements: parseTaskStatements,
  relatedOccupations: parseRelatedOccupations,
  contentModel: reference.parseContentModel,
  scales: reference.parseScales,
  levelAnchors: reference.parseLevelAnchors,
  jobZoneReference: reference.parseJobZoneReference,
  interestActivities: reference.parseInterestActivities,
  basicInterests: reference.parseBasicInterests,
};

/**
 * Parses every O*NET table from its text (`textOf(table)`), reporting progress per table.
 * Throws one DATA_INVALID error listing the problems of all files together.
 */
export function parseOnetTables(
  textOf: (table: OnetTable) => string,
  onTable?: (table: OnetTable) => void,
): OnetTables {
  const issues: DataIssue[] = [];
  const parsed: Record<string, unknown> = {};
  for (const table of Object.keys(PARSERS) as OnetTable[]) {
    onTable?.(table);
    const parse = PARSERS[table] as (text: string) => unknown;
    parsed[table] = collectIssues(issues, [], () => parse(textOf(table)));
  }
  if (issues.length > 0) throw dataInvalidError(issues);
  return parsed as unknown as OnetTables;
}

import {
  SKILLS,
  isDetailCode,
  toSocCode,
  type Catalog,
  type ElementRating,
  type Occupation,
  type OnetCode,
} from '../../core/domain/index.js';
import { withEstimatedProfiles } from '../../core/estimate/index.js';
import { dataInvalidError, type DataIssue } from '../../errors.js';
import {
  BLS_RELEASE,
  createBlsResolver,
  toOutlook,
  toWages,
  type BlsTables,
} from '../bls/index.js';
import { ONET_FILES, type OnetTables } from '../onet/index.js';
import { toOccupationLists } from './assemble-lists.js';
import {
  toEducationProfile,
  toInterestProfile,
  toWorkStyleProfile,
  toWorkValueProfile,
} from './assemble-profiles.js';
import { toElementDescriptors, toRatingsByCode } from './assemble-ratings.js';
import * as reference from './assemble-reference.js';
import { groupByCode } from './group-by-code.js';

/** What the catalog records about its sources besides the tables themselves. */
export interface CatalogSourceInfo {
  /** From `Read Me.txt`, e.g. "O*NET 30.1 Database, December 2025 Release"; null if absent. */
  readonly onetRelease: string | null;
  readonly fingerprint: string;
}

const F = ONET_FILES;

function issueFor(file: string, issues: DataIssue[]) {
  return (line: number, field: string, problem: string): void => {
    issues.push({ file, line, field, problem });
  };
}

function perCode<R extends { readonly code: OnetCode; readonly line: number }, T>(
  rows: readonly R[],
  known: ReadonlySet<string>,
  file: string,
  issues: DataIssue[],
  build: (rows: R[], code: OnetCode, issue: ReturnType<typeof issueFor>) => T | null,
): Map<OnetCode, T> {
  const issue = issueFor(file, issues);
  const out = new Map<OnetCode, T>();
  for (const [code, group] of groupByCode(rows, known, file, issues)) {
    const value = build(group, code, issue);
    if (value !== null) out.set(code, value);
  }
  return out;
}

/**
 * Assembles the catalog from parsed O*NET and BLS tables: one Occupation per code of Occupation
 * Data, sorted by code; ratings, profiles and lists joined by code; wages and outlook joined by
 * the 6-digit SOC code (detail codes inherit; aggregates as in `createBlsResolver`); described
 * but unrated occupations get an estimated profile (`profileEstimate`). Throws one
 * DATA_INVALID error listing every cross-file problem (unknown codes, gaps, duplicates).
 */
export function toCatalog(onet: OnetTables, bls: BlsTables, info: CatalogSourceInfo): Catalog {
  const issues: DataIssue[] = [];
  const known = new Set<string>();
  for (const row of onet.occupationData) {
    if (known.has(row.code)) {
      issues.push({
        file: F.occupationData.file,
        line: row.line,
        field: 'O*NET-SOC Code',
        problem: `duplicate code ${row.code}`,
      });
    }
    known.add(row.code);
  }
  reference.checkScales(onet, F.scales.file, issues);

  const cm = onet.contentModel;
  const knowledge = toElementDescriptors(onet.knowledge, cm, F.knowledge.file, issues);
  const abilities = toElementDescriptors(onet.abilities, cm, F.abilities.file, issues);
  const workStyles = toElementDescriptors(onet.workStyles, cm, F.workStyles.file, issues);
  const ratings = (rows: OnetTables['skills'], ids: readonly string[], file: string) =>
    toRatingsByCode(rows, ids, known, file, issues);
  const skillRatings = ratings(
    onet.skills,
    SKILLS.map((s) => s.id),
    F.skills.file,
  );
  const knowledgeRatings = ratings(
    onet.knowledge,
    knowledge.map((k) => k.id),
    F.knowledge.file,
  );
  const abilityRatings = ratings(
    onet.abilities,
    abilities.map((a) => a.id),
    F.abilities.file,
  );

  const styleIndex = new Map(workStyles.map((s, i) => [s.id, i]));
  const educationLabels = reference.toEducationLabels(onet, F.educationCategories.file, issues);
  const interests = perCode(onet.interests, known, F.interests.file, issues, toInterestProfile);
  const values = perCode(onet.workValues, known, F.workValues.file, issues, toWorkValueProfile);
  const styles = perCode(onet.workStyles, known, F.workStyles.file, issues, (rows, code, issue) =>
    toWorkStyleProfile(rows, styleIndex, code, issue),
  );
  const education = perCode(onet.education, known, F.education.file, issues, (rows, code, issue) =>
    toEducationProfile(rows, educationLabels, code, issue),
  );
  const jobZones = perCode(onet.jobZones, known, F.jobZones.file, issues, (rows, code, issue) => {
    if (rows.length > 1)
      issue(rows[1]?.line ?? 1, 'O*NET-SOC Code', `duplicate Job Zone for ${code}`);
    return rows[0]?.zone ?? null;
  });
  const lists = toOccupationLists(onet, known, issues);

  const socCodes = new Set([...known].map((c) => toSocCode(c as OnetCode)));
  const oewsFor = createBlsResolver(bls.oews, (r) => r.group === 'detailed', socCodes);
  const epFor = createBlsResolver(bls.projections, (r) => r.type === 'Line item', socCodes);
  const average = bls.projections.find((r) => r.code === '00-0000')?.changePercent;

  const listed: Occupation[] = [...onet.occupationData]
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .filter((row, i, all) => i === 0 || all[i - 1]?.code !== row.code)
    .map((row) => {
      const code = row.code;
      const soc = toSocCode(code);
      const inherited = isDetailCode(code);
      const ep = epFor(soc);
      const skills: readonly ElementRating[] | null = skillRatings.get(code) ?? null;
      return {
        code,
        title: row.title,
        description: row.description,
        rateable: skills !== null,
        skills,
        knowledge: knowledgeRatings.get(code) ?? null,
        abilities: abilityRatings.get(code) ?? null,
        interests: interests.get(code) ?? null,
        workValues: values.get(code) ?? null,
        workStyles: styles.get(code) ?? null,
        jobZone: jobZones.get(code) ?? null,
        education: education.get(code) ?? null,
        alternateTitles: lists.alternateTitles.get(code) ?? [],
        reportedTitles: lists.reportedTitles.get(code) ?? [],
        technologies: lists.technologies.get(code) ?? [],
        tasks: lists.tasks.get(code) ?? [],
        related: lists.related.get(code) ?? [],
        wages: toWages(oewsFor(soc), ep, inherited),
        outlook: toOutlook(ep, inherited, average),
      };
    });

  // Occupations O*NET describes but has not rated get a profile estimated from rated ones.
  const occupations = withEstimatedProfiles(listed);
  const interestActivities = reference.toInterestActivities(
    onet,
    F.interestActivities.file,
    issues,
  );
  if (issues.length > 0) throw dataInvalidError(issues);
  return {
    source: {
      onetRelease: info.onetRelease ?? 'O*NET (release not named: Read Me.txt missing)',
      blsRelease: BLS_RELEASE,
      fingerprint: info.fingerprint,
    },
    occupations,
    knowledge,
    abilities,
    workStyles,
    jobZones: reference.toJobZoneInfos(onet),
    interestActivities,
    levelAnchors: reference.toLevelAnchors(onet),
    educationCategories: educationLabels,
  };
}

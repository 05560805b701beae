import type { TsvSpec } from './tsv-table.js';

/** The columns that name what a rating is about: occupation, element and scale. */
const RATED_ELEMENT = ['O*NET-SOC Code', 'Element ID', 'Element Name', 'Scale ID'] as const;

/** The statistics O*NET gives with a surveyed estimate, after its Data Value. */
const ESTIMATE_STATISTICS = [
  'N',
  'Standard Error',
  'Lower CI Bound',
  'Upper CI Bound',
  'Recommend Suppress',
] as const;

const RATING_HEADERS = [
  ...RATED_ELEMENT,
  'Data Value',
  ...ESTIMATE_STATISTICS,
  'Not Relevant',
  'Date',
  'Domain Source',
] as const;

const SCORE_HEADERS = [...RATED_ELEMENT, 'Data Value', 'Date', 'Domain Source'] as const;

const spec = (file: string, headers: readonly string[]): TsvSpec => ({ file, headers });

/**
 * The O*NET 30.1 text-release files the catalog reads, with their official header rows
 * (https://www.onetcenter.org/dictionary/30.1/text/). Parsers reject any other header.
 */
export const ONET_FILES = Object.freeze({
  occupationData: spec('Occupation Data.txt', ['O*NET-SOC Code', 'Title', 'Description']),
  skills: spec('Skills.txt', RATING_HEADERS),
  knowledge: spec('Knowledge.txt', RATING_HEADERS),
  abilities: spec('Abilities.txt', RATING_HEADERS),
  interests: spec('Interests.txt', SCORE_HEADERS),
  workValues: spec('Work Values.txt', SCORE_HEADERS),
  workStyles: spec('Work Styles.txt', SCORE_HEADERS),
  jobZones: spec('Job Zones.txt', ['O*NET-SOC Code', 'Job Zone', 'Date', 'Domain Source']),
  education: spec('Education, Training, and Experience.txt', [
    ...RATED_ELEMENT,
    'Category',
    'Data Value',
    ...ESTIMATE_STATISTICS,
    'Date',
    'Domain Source',
  ]),
  educationCategories: spec('Education, Training, and Experience Categories.txt', [
    'Element ID',
    'Element Name',
    'Scale ID',
    'Category',
    'Category Description',
  ]),
  alternateTitles: spec('Alternate Titles.txt', [
    'O*NET-SOC Code',
    'Alternate Title',
    'Short Title',
    'Source(s)',
  ]),
  reportedTitles: spec('Sample of Reported Titles.txt', [
    'O*NET-SOC Code',
    'Reported Job Title',
    'Shown in My Next Move',
  ]),
  technologySkills: spec('Technology Skills.txt', [
    'O*NET-SOC Code',
    'Example',
    'Commodity Code',
    'Commodity Title',
    'Hot Technology',
    'In Demand',
  ]),
  taskStatements: spec('Task Statements.txt', [
    'O*NET-SOC Code',
    'Task ID',
    'Task',
    'Task Type',
    'Incumbents Responding',
    'Date',
    'Domain Source',
  ]),
  relatedOccupations: spec('Related Occupations.txt', [
    'O*NET-SOC Code',
    'Related O*NET-SOC Code',
    'Relatedness Tier',
    'Index',
  ]),
  contentModel: spec('Content Model Reference.txt', ['Element ID', 'Element Name', 'Description']),
  scales: spec('Scales Reference.txt', ['Scale ID', 'Scale Name', 'Minimum', 'Maximum']),
  levelAnchors: spec('Level Scale Anchors.txt', [
    'Element ID',
    'Element Name',
    'Scale ID',
    'Anchor Value',
    'Anchor Description',
  ]),
  jobZoneReference: spec('Job Zone Reference.txt', [
    'Job Zone',
    'Name',
    'Experience',
    'Education',
    'Job Training',
    'Examples',
    'SVP Range',
  ]),
  interestActivities: spec('Interests Illustrative Activities.txt', [
    'Element ID',
    'Element Name',
    'Interest Type',
    'Activity',
  ]),
  basicInterests: spec('Basic Interests to RIASEC.txt', [
    'Basic Interests Element ID',
    'Basic Interests Element Name',
    'RIASEC Element ID',
    'RIASEC Element Name',
  ]),
});

/** Key of one O*NET table in {@link ONET_FILES}. */
export type OnetTable = keyof typeof ONET_FILES;

/** The free-text release note; optional (the release is then reported as unknown). */
export const ONET_README_FILE = 'Read Me.txt';

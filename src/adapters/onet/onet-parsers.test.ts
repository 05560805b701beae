import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { issuesFrom } from '../../../test/support/data-issues.js';
import {
  ONET_FILES,
  parseAbilities,
  parseAlternateTitles,
  parseBasicInterests,
  parseContentModel,
  parseEducation,
  parseEducationCategories,
  parseInterestActivities,
  parseInterests,
  parseJobZoneReference,
  parseJobZones,
  parseKnowledge,
  parseLevelAnchors,
  parseOccupationData,
  parseOnetTables,
  parseReadMeRelease,
  parseRelatedOccupations,
  parseReportedTitles,
  parseScales,
  parseSkills,
  parseTaskStatements,
  parseTechnologySkills,
  parseWorkStyles,
  parseWorkValues,
} from './index.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../../test/fixtures/onet');
const mini = (file: string): string => readFileSync(path.join(FIXTURES, 'mini', file), 'utf8');
const malformed = (file: string): string =>
  readFileSync(path.join(FIXTURES, 'malformed', file), 'utf8');

describe('O*NET parsers on the mini fixture (official headers, CRLF, n/a)', () => {
  it('reads Occupation Data', () => {
    const rows = parseOccupationData(mini('Occupation Data.txt'));
    expect(rows).toHaveLength(9);
    expect(rows[2]).toMatchObject({
      line: 4,
      code: '15-1244.00',
      title: 'Network and Computer Systems Administrators',
    });
  });

  it('reads Skills, Knowledge and Abilities with IM/LV, Recommend Suppress and Not Relevant', () => {
    const skills = parseSkills(mini('Skills.txt'));
    expect(skills).toHaveLength(7 * 70);
    expect(skills[0]).toEqual({
      line: 2,
      code: '11-1011.00',
      elementId: '2.A.1.a',
      elementName: 'Reading Comprehension',
      scale: 'IM',
      value: 4.12,
      suppressed: false,
      notRelevant: null,
    });
    const knowledge = parseKnowledge(mini('Knowledge.txt'));
    const food = knowledge.find(
      (r) => r.code === '15-1244.00' && r.elementId === '2.C.2.b' && r.scale === 'LV',
    );
    expect(food).toMatchObject({ value: 0.35, suppressed: true, notRelevant: true });
    expect(parseAbilities(mini('Abilities.txt'))).toHaveLength(7 * 3 * 2);
  });

  it('reads Interests (OI and IH), Work Values (EX and VH) and Work Styles (WI and DR)', () => {
    const interests = parseInterests(mini('Interests.txt'));
    expect(
      interests.filter((r) => r.scale === 'IH' && r.code === '15-1244.00').map((r) => r.value),
    ).toEqual([6, 1, 2]);
    const values = parseWorkValues(mini('Work Values.txt'));
    expect(new Set(values.map((r) => r.scale))).toEqual(new Set(['EX', 'VH']));
    const styles = parseWorkStyles(mini('Work Styles.txt'));
    expect(styles.every((r) => (r.scale === 'WI' ? Math.abs(r.value) <= 3 : r.value <= 10))).toBe(
      true,
    );
  });

  it('reads Job Zones, Education (RL with categories, IM without) and its category labels', () => {
    expect(parseJobZones(mini('Job Zones.txt')).find((r) => r.code === '15-1244.00')?.zone).toBe(4);
    const education = parseEducation(mini('Education, Training, and Experience.txt'));
    expect(education.filter((r) => r.scale === 'IM').every((r) => r.category === null)).toBe(true);
    expect(education.filter((r) => r.scale === 'RL').every((r) => r.category !== null)).toBe(true);
    const categories = parseEducationCategories(
      mini('Education, Training, and Experience Categories.txt'),
    );
    expect(categories.filter((c) => c.scale === 'RL')).toHaveLength(12);
  });

  it('reads titles, technologies (Hot/In Demand), tasks (Core/Supplemental/n/a) and related occupations', () => {
    expect(parseAlternateTitles(mini('Alternate Titles.txt'))[0]?.title).toBe(
      'Aeronautics Commission Director',
    );
    expect(parseReportedTitles(mini('Sample of Reported Titles.txt'))).toHaveLength(14);
    const tech = parseTechnologySkills(mini('Technology Skills.txt'));
    expect(tech[0]).toMatchObject({
      example: 'Adobe Acrobat',
      commodityCode: 43232202,
      hot: true,
      inDemand: false,
    });
    const tasks = parseTaskStatements(mini('Task Statements.txt'));
    expect(tasks[0]).toMatchObject({ taskId: '8823', taskType: 'Core' });
    const related = parseRelatedOccupations(mini('Related Occupations.txt'));
    expect(related[0]).toMatchObject({
      code: '11-1011.00',
      relatedCode: '11-1011.03',
      tier: 'Primary-Long',
    });
  });

  it('reads the reference tables', () => {
    expect(
      parseContentModel(mini('Content Model Reference.txt')).map((r) => r.elementId),
    ).toContain('1.D.1.a');
    expect(parseScales(mini('Scales Reference.txt')).find((s) => s.scaleId === 'WI')).toMatchObject(
      {
        min: -3,
        max: 3,
      },
    );
    expect(parseLevelAnchors(mini('Level Scale Anchors.txt'))[0]).toMatchObject({
      elementId: '2.A.1.a',
      value: 2,
    });
    expect(parseJobZoneReference(mini('Job Zone Reference.txt')).map((z) => z.zone)).toEqual([
      1, 2, 3, 4, 5,
    ]);
    expect(parseInterestActivities(mini('Interests Illustrative Activities.txt'))).toHaveLength(10);
    expect(parseBasicInterests(mini('Basic Interests to RIASEC.txt'))).toHaveLength(53);
  });

  it('names the release from Read Me.txt', () => {
    expect(parseReadMeRelease(mini('Read Me.txt'))).toBe(
      'O*NET 30.1 Database, December 2025 Release',
    );
    expect(parseReadMeRelease('Some other text\n')).toBeNull();
  });

  it('parses every table at once and reports progress per table', () => {
    const seen: string[] = [];
    const tables = parseOnetTables(
      (t) => mini(ONET_FILES[t].file),
      (t) => seen.push(t),
    );
    expect(seen).toEqual(Object.keys(ONET_FILES));
    expect(tables.occupationData).toHaveLength(9);
  });
});

describe('O*NET parsers on malformed rows report every problem as file:line: field: problem', () => {
  it('Skills: code shape, scale id, numbers, ranges, flags, dates and field count', () => {
    expect(issuesFrom(() => parseSkills(malformed('Skills.txt')))).toEqual([
      'Skills.txt:3: O*NET-SOC Code: "15-1244.0" is not an O*NET-SOC code (NN-NNNN.NN)',
      'Skills.txt:4: Scale ID: expected one of IM, LV, found "XX"',
      'Skills.txt:4: Data Value: "abc" is not a number',
      'Skills.txt:4: Recommend Suppress: expected Y, N or n/a, found "Maybe"',
      'Skills.txt:4: Date: "13/2017" is not a MM/YYYY date',
      'Skills.txt:5: Data Value: 7.50 is outside 0 to 7',
      'Skills.txt:5: N: 8.5 is not a whole number',
      'Skills.txt:6: (row): expected 13 tab-separated fields, found 5',
    ]);
  });

  it('Occupation Data: a wrong header', () => {
    expect(issuesFrom(() => parseOccupationData(malformed('Occupation Data.txt')))).toEqual([
      'Occupation Data.txt:1: Description: header column 3 should be "Description", found "Descr"',
    ]);
  });

  it('Interests, Work Values and Work Styles: scale ranges, whole-number high points, empty lines', () => {
    expect(issuesFrom(() => parseInterests(malformed('Interests.txt')))).toEqual([
      'Interests.txt:3: Data Value: 7.00 is outside 0 to 6',
      'Interests.txt:4: Data Value: 2.50 is not a whole number',
      'Interests.txt:5: Data Value: 0.50 is outside 1 to 7',
      'Interests.txt:5: Domain Source: is empty',
      'Interests.txt:6: (row): empty line',
      'Interests.txt:7: Scale ID: expected one of OI, IH, found "EX"',
    ]);
    expect(issuesFrom(() => parseWorkValues(malformed('Work Values.txt')))).toEqual([
      'Work Values.txt:3: Data Value: 8.00 is outside 0 to 6',
    ]);
    expect(issuesFrom(() => parseWorkStyles(malformed('Work Styles.txt')))).toEqual([
      'Work Styles.txt:2: Data Value: 3.50 is outside -3 to 3',
      'Work Styles.txt:3: Data Value: "n/a" is not a number',
    ]);
  });

  it('Job Zones and Education: zone range, categories per scale, percent range', () => {
    expect(issuesFrom(() => parseJobZones(malformed('Job Zones.txt')))).toEqual([
      'Job Zones.txt:3: Job Zone: 6 is outside 1 to 5',
      'Job Zones.txt:4: Job Zone: "n/a" is not a number',
      'Job Zones.txt:4: Date: "2021" is not a MM/YYYY date',
    ]);
    expect(
      issuesFrom(() => parseEducation(malformed('Education, Training, and Experience.txt'))),
    ).toEqual([
      'Education, Training, and Experience.txt:3: Category: is n/a, but RL rows need a category',
      'Education, Training, and Experience.txt:3: Data Value: 101.00 is outside 0 to 100',
      'Education, Training, and Experience.txt:4: Category: must be n/a on IM rows',
    ]);
    expect(
      issuesFrom(() =>
        parseEducationCategories(malformed('Education, Training, and Experience Categories.txt')),
      ),
    ).toEqual([
      'Education, Training, and Experience Categories.txt:3: Category: 0 is below the minimum 1',
      'Education, Training, and Experience Categories.txt:3: Category Description: is empty',
    ]);
  });

  it('titles, technologies, tasks and related occupations', () => {
    expect(issuesFrom(() => parseAlternateTitles(malformed('Alternate Titles.txt')))).toEqual([
      'Alternate Titles.txt:3: Alternate Title: is n/a',
      'Alternate Titles.txt:3: Source(s): "4;6" is not a comma-separated list of two-digit source codes',
    ]);
    expect(
      issuesFrom(() => parseReportedTitles(malformed('Sample of Reported Titles.txt'))),
    ).toEqual([
      'Sample of Reported Titles.txt:3: Shown in My Next Move: expected Y or N, found "yes"',
    ]);
    expect(issuesFrom(() => parseTechnologySkills(malformed('Technology Skills.txt')))).toEqual([
      'Technology Skills.txt:3: Commodity Code: 4323 is outside 10000000 to 99999999',
      'Technology Skills.txt:3: Hot Technology: expected Y or N, found "Yes"',
      'Technology Skills.txt:3: In Demand: expected Y or N, found "n/a"',
    ]);
    expect(issuesFrom(() => parseTaskStatements(malformed('Task Statements.txt')))).toEqual([
      'Task Statements.txt:3: Task ID: "12a" is not a task id (digits)',
      'Task Statements.txt:3: Task Type: expected one of Core, Supplemental, n/a, found "Main"',
      'Task Statements.txt:3: Incumbents Responding: -1 is below the minimum 0',
    ]);
    expect(issuesFrom(() => parseRelatedOccupations(malformed('Related Occupations.txt')))).toEqual(
      [
        'Related Occupations.txt:3: Related O*NET-SOC Code: relates 15-1244.00 to itself',
        'Related Occupations.txt:3: Relatedness Tier: expected one of Primary-Short, Primary-Long, Supplemental, found "Primary"',
        'Related Occupations.txt:3: Index: 0 is below the minimum 1',
      ],
    );
  });

  it('reference tables', () => {
    expect(issuesFrom(() => parseContentModel(malformed('Content Model Reference.txt')))).toEqual([
      'Content Model Reference.txt:3: Element ID: "2.A.1 b" is not an O*NET element id (e.g. 2.A.1.a)',
      'Content Model Reference.txt:3: Element Name: is empty',
    ]);
    expect(issuesFrom(() => parseScales(malformed('Scales Reference.txt')))).toEqual([
      'Scales Reference.txt:3: Scale ID: "lv" is not a scale id (2–3 capital letters)',
      'Scales Reference.txt:3: Maximum: maximum 0 is not above minimum 7',
    ]);
    expect(issuesFrom(() => parseLevelAnchors(malformed('Level Scale Anchors.txt')))).toEqual([
      'Level Scale Anchors.txt:3: Anchor Value: "high" is not a number',
    ]);
    expect(issuesFrom(() => parseJobZoneReference(malformed('Job Zone Reference.txt')))).toEqual([
      'Job Zone Reference.txt:3: Job Zone: 0 is outside 1 to 5',
      'Job Zone Reference.txt:3: Experience: is empty',
    ]);
    expect(
      issuesFrom(() => parseInterestActivities(malformed('Interests Illustrative Activities.txt'))),
    ).toEqual([
      'Interests Illustrative Activities.txt:3: Interest Type: expected one of General, Basic, found "Specific"',
    ]);
    expect(
      issuesFrom(() => parseBasicInterests(malformed('Basic Interests to RIASEC.txt'))),
    ).toEqual([
      'Basic Interests to RIASEC.txt:3: RIASEC Element ID: "Realistic" is not an O*NET element id (e.g. 2.A.1.a)',
    ]);
  });

  it('reports the problems of all files together when parsing every table', () => {
    const issues = issuesFrom(() =>
      parseOnetTables((t) =>
        t === 'skills' || t === 'jobZones'
          ? malformed(ONET_FILES[t].file)
          : mini(ONET_FILES[t].file),
      ),
    );
    expect(issues.filter((i) => i.startsWith('Skills.txt:'))).toHaveLength(8);
    expect(issues.filter((i) => i.startsWith('Job Zones.txt:'))).toHaveLength(3);
    expect(issues).toHaveLength(11);
  });
});

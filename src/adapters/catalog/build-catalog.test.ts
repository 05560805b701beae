import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../core/domain/index.js';
import { SKILLS } from '../../core/domain/index.js';
import { formatDataIssue, isAppError } from '../../errors.js';
import { issuesOf } from '../onet/index.js';
import { buildCatalog, type CatalogProgress } from './index.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../../test/fixtures');
const ONET = path.join(FIXTURES, 'onet/mini');
const BLS = path.join(FIXTURES, 'bls/mini');

async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('buildCatalog on the mini fixture', () => {
  let catalog: Catalog;
  const progress: CatalogProgress[] = [];
  beforeAll(async () => {
    catalog = await buildCatalog(ONET, BLS, { onProgress: (p) => progress.push(p) });
  });
  const occupation = (code: string) => catalog.occupations.find((o) => o.code === code);

  it('has one occupation per code of Occupation Data, sorted by code', () => {
    const codes = catalog.occupations.map((o) => o.code);
    expect(codes).toHaveLength(9);
    expect(codes).toEqual([...codes].sort());
  });

  it('rates occupations with skill ratings, estimates the described unrated one, keeps the others unrated', () => {
    expect(catalog.occupations.filter((o) => o.rateable)).toHaveLength(8);
    expect(catalog.occupations.filter((o) => o.profileEstimate !== undefined)).toHaveLength(1);
    const scientists = occupation('15-2051.00');
    expect(scientists).toMatchObject({ rateable: true });
    expect(scientists?.profileEstimate?.fields).toContain('skills');
    expect(scientists?.skills).toHaveLength(SKILLS.length);
    expect(scientists?.profileEstimate?.from.length).toBeGreaterThan(0);
    expect(catalog.occupations.filter((o) => !o.rateable).every((o) => o.skills === null)).toBe(
      true,
    );
    const admins = occupation('15-1244.00');
    expect(admins?.skills).toHaveLength(SKILLS.length);
    expect(admins?.skills?.[0]).toEqual({
      importance: 3.88,
      level: 4,
      suppressed: false,
      notRelevant: false,
    });
  });

  it('orders knowledge by Content Model Reference and flags Recommend Suppress and Not Relevant', () => {
    expect(catalog.knowledge.map((k) => k.id)).toEqual(['2.C.1.a', '2.C.1.c', '2.C.2.b']);
    const food = occupation('15-1244.00')?.knowledge?.[2];
    expect(food).toMatchObject({ suppressed: true, notRelevant: true });
  });

  it('builds interests, work values, work styles, Job Zone and education profiles', () => {
    const admins = occupation('15-1244.00');
    expect(admins?.interests).toEqual({
      scores: [4.2, 4.05, 1, 2.22, 3.47, 6.18],
      highPoints: ['C', 'R', 'I'],
    });
    expect(admins?.workValues?.highPoints).toEqual([
      'Working Conditions',
      'Support',
      'Achievement',
    ]);
    expect(admins?.workStyles?.impact).toHaveLength(catalog.workStyles.length);
    expect(admins?.jobZone).toBe(4);
    expect(admins?.education).toMatchObject({
      typicalCategory: 6,
      typicalLabel: "Bachelor's Degree",
    });
    expect(admins?.education?.distributionPercent).toHaveLength(12);
    expect(occupation('55-1011.00')).toMatchObject({
      interests: null,
      jobZone: null,
      education: null,
    });
  });

  it('joins wages and outlook by SOC: exact, inherited by detail codes, aggregate, top-coded, none', () => {
    expect(occupation('15-1244.00')?.wages).toMatchObject({
      medianAnnualUsd: { kind: 'exact', usd: 96800 },
      inheritedFromSoc: false,
      aggregate: false,
    });
    expect(occupation('11-1011.03')?.wages).toMatchObject({
      socCode: '11-1011',
      inheritedFromSoc: true,
    });
    expect(occupation('11-1011.03')?.outlook).toMatchObject({
      socCode: '11-1011',
      inheritedFromSoc: true,
    });
    expect(occupation('21-1014.00')?.wages).toMatchObject({ socCode: '21-1018', aggregate: true });
    expect(occupation('29-1211.00')?.wages?.medianAnnualUsd).toEqual({
      kind: 'atLeast',
      usd: 239200,
    });
    expect(occupation('55-1011.00')).toMatchObject({ wages: null, outlook: null });
  });

  it('marks Bright Outlook by growth or openings', () => {
    expect(occupation('15-1244.00')?.outlook?.brightOutlook).toBe(true);
    expect(occupation('15-2051.00')?.outlook?.brightOutlook).toBe(true);
    expect(occupation('29-1211.00')?.outlook?.brightOutlook).toBe(false);
  });

  it('keeps lists, related occupations and reference tables', () => {
    expect(occupation('11-1011.00')?.related).toEqual([
      { code: '11-1011.03', tier: 'Primary-Long', index: 10 },
    ]);
    expect(occupation('11-1011.00')?.alternateTitles).toHaveLength(3);
    expect(occupation('11-1011.00')?.tasks[0]).toMatchObject({ id: '8823', core: true });
    expect(catalog.jobZones.map((z) => z.zone)).toEqual([1, 2, 3, 4, 5]);
    expect(catalog.educationCategories[1]).toBe('High School Diploma');
    const health = catalog.interestActivities.find(
      (a) => a.basicInterest === 'Health Care Service',
    );
    expect(health).toMatchObject({ letter: 'I', letters: ['I', 'S'], interestType: 'Basic' });
  });

  it('records the O*NET release from Read Me.txt, the BLS releases and a fingerprint', () => {
    expect(catalog.source.onetRelease).toBe('O*NET 30.1 Database, December 2025 Release');
    expect(catalog.source.blsRelease).toBe('EP 2024–34, OEWS May 2024');
    expect(catalog.source.fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });

  it('reports progress for reading, every table and the assembly', () => {
    expect(progress[0]?.step).toBe('read');
    expect(progress.filter((p) => p.step === 'parse')).toHaveLength(23);
    expect(progress.at(-1)).toMatchObject({ step: 'assemble', done: progress.at(-1)?.total });
  });
});

describe('buildCatalog errors', () => {
  let temp: string;
  beforeAll(() => {
    temp = mkdtempSync(path.join(os.tmpdir(), 'catalog-build-test-'));
  });
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('names a missing folder, where it looked and how to get the data (DATA_MISSING)', async () => {
    const missing = path.join(temp, 'no-such-onet');
    const error = await errorOf(buildCatalog(missing, BLS));
    expect(isAppError(error) && error.code).toBe('DATA_MISSING');
    const message = (error as Error).message;
    expect(message).toContain(missing);
    expect(message).toContain('careers data fetch');
    expect(message).toContain('ONET_DIR');
  });

  it('names each missing file with the path where it was looked for', async () => {
    const onet = path.join(temp, 'onet-missing-file');
    cpSync(ONET, onet, { recursive: true });
    rmSync(path.join(onet, 'Skills.txt'));
    const error = await errorOf(buildCatalog(onet, BLS));
    expect(isAppError(error) && error.code).toBe('DATA_MISSING');
    expect((error as Error).message).toContain(
      `"Skills.txt" (looked for ${path.join(onet, 'Skills.txt')})`,
    );
  });

  it('reports cross-file problems together: unknown codes, missing ratings, unknown related codes', async () => {
    const onet = path.join(temp, 'onet-inconsistent');
    cpSync(ONET, onet, { recursive: true });
    appendFileSync(path.join(onet, 'Job Zones.txt'), '99-9999.00\t3\t08/2023\tAnalyst\r\n');
    appendFileSync(
      path.join(onet, 'Related Occupations.txt'),
      '15-1244.00\t15-9999.00\tSupplemental\t20\r\n',
    );
    const skills = readFileSync(path.join(onet, 'Skills.txt'), 'utf8').split('\r\n');
    const dropped = skills.findIndex((l) =>
      l.startsWith('15-1244.00\t2.A.1.b\tActive Listening\tLV'),
    );
    writeFileSync(
      path.join(onet, 'Skills.txt'),
      skills.filter((_, i) => i !== dropped).join('\r\n'),
    );
    const error = await errorOf(buildCatalog(onet, BLS));
    const issues = issuesOf(error)?.map(formatDataIssue) ?? [];
    expect(issues).toEqual(
      expect.arrayContaining([
        'Job Zones.txt:10: O*NET-SOC Code: 99-9999.00 is not in Occupation Data.txt',
        'Related Occupations.txt:4: Related O*NET-SOC Code: 15-9999.00 is not in Occupation Data.txt',
        expect.stringMatching(
          /^Skills\.txt:\d+: Element ID: 15-1244\.00 lacks 1 rating\(s\): LV 2\.A\.1\.b$/,
        ),
      ]),
    );
    expect(issues).toHaveLength(3);
  });

  it('reports parse problems of O*NET and BLS files in one DATA_INVALID error', async () => {
    const onet = path.join(temp, 'onet-bad-zone');
    const bls = path.join(temp, 'bls-bad');
    cpSync(ONET, onet, { recursive: true });
    cpSync(BLS, bls, { recursive: true });
    appendFileSync(path.join(onet, 'Job Zones.txt'), '15-1244.00\t9\t08/2023\tAnalyst\r\n');
    appendFileSync(path.join(bls, 'oews_national_M2024.tsv'), 'bad\n');
    const issues = issuesOf(await errorOf(buildCatalog(onet, bls)))?.map(formatDataIssue);
    expect(issues).toEqual([
      'Job Zones.txt:10: Job Zone: 9 is outside 1 to 5',
      'oews_national_M2024.tsv:11: (row): expected 32 tab-separated fields, found 1',
    ]);
  });
});

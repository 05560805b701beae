import { describe, expect, it } from 'vitest';
import type { Recommendation, RecommendationResult } from '../../web/src/api/types.js';
import { toCsv, toJson } from '../../web/src/results/export.js';
import { formatOutlook, formatWage, type SkillScale } from '../../web/src/results/format.js';

/** The skill scale as GET /v1/reference gives it. */
const SCALE: SkillScale = [
  { rating: 1, label: 'basic', onetLevel: 1 },
  { rating: 2, label: 'developing', onetLevel: 2.5 },
  { rating: 3, label: 'proficient', onetLevel: 4 },
  { rating: 4, label: 'advanced', onetLevel: 5.5 },
  { rating: 5, label: 'expert', onetLevel: 7 },
];

const BORROWED = {
  socCode: '11-9121',
  title: 'Natural Sciences Managers',
  kind: 'broader-occupation' as const,
  note: 'BLS publishes no separate figures for Clinical Research Coordinators: these are for the broader occupation Natural Sciences Managers (SOC 11-9121).',
};

const rec = (over: Partial<Recommendation>): Recommendation => ({
  rank: 1,
  code: '29-1228.00',
  title: 'Physicians, All Other',
  score: 0.9,
  matchPercent: 90,
  confidence: 'High',
  matchRange: { low: 84, high: 95 },
  confidenceBasis: {
    confidence: 'High',
    matchRange: { low: 84, high: 95 },
    widthPoints: 11,
    profileDetail: 'complete',
    calibration: { below: 4, above: 3 },
    perturbations: { below: 0, above: 0 },
    detail: { below: 2, above: 2 },
    widenPoints: 0,
  },
  medianAnnualWageUsd: 239_200,
  medianAnnualWage: { kind: 'atLeast', usd: 239_200 },
  wageText: '$239,200 or more',
  wagePercentiles: null,
  wageInheritedFromSoc: false,
  wageBorrowedFrom: null,
  outlook: {
    brightOutlook: true,
    changePercent: 3.5,
    annualOpeningsThousands: 1.2,
    reason: '',
    borrowedFrom: null,
  },
  typicalEducation: 'Doctoral or professional degree',
  jobZone: 5,
  skillGaps: [],
  skillsToCheck: [],
  toolsInDemand: [],
  interestCodes: ['I', 'S'],
  profileEstimated: false,
  profileEstimateText: null,
  ...over,
});

const result = (recs: Recommendation[]): RecommendationResult => ({
  model: { kind: 'ml', version: 'v1', description: 'test' },
  recommendations: recs,
  considered: 894,
  excluded: {},
  reranked: false,
});

describe('wage and outlook text', () => {
  it('shows top-coded wages as a lower bound and never invents a number', () => {
    expect(formatWage({ kind: 'atLeast', usd: 239_200 })).toBe('$239,200 or more');
    expect(formatWage({ kind: 'exact', usd: 96_800.4 })).toBe('$96,800');
    expect(formatWage({ kind: 'unknown', reason: 'suppressed' })).toBe('not published');
    expect(formatWage(null)).toBe('not published');
  });

  it('writes the outlook as change and yearly openings', () => {
    expect(formatOutlook(rec({}).outlook)).toBe('+3.5% by 2034, 1,200 openings a year');
    expect(formatOutlook(null)).toBe('no BLS projection');
  });
});

describe('CSV and JSON export', () => {
  it('writes one quoted-where-needed row per occupation: wage as shown, levels on the skill scale, skills to build apart from skills worth checking, borrowed figures and estimated profiles marked', () => {
    const csv = toCsv(
      result([
        rec({}),
        rec({
          rank: 2,
          code: '11-1011.00',
          title: 'Chief Executives, "Top", Inc',
          medianAnnualWage: { kind: 'unknown', reason: '*' },
          outlook: null,
          typicalEducation: null,
          jobZone: null,
          skillsToCheck: [
            {
              skillId: '2.B.1.c',
              skill: 'Persuasion',
              requiredLevel: 5,
              requiredRating: 4,
              importance: 4,
            },
          ],
          skillGaps: [
            {
              skillId: '2.B.1.d',
              skill: 'Negotiation',
              requiredLevel: 5,
              currentLevel: 2,
              requiredRating: 4,
              currentRating: 2,
              importance: 4,
              gap: 3,
            },
          ],
        }),
        rec({
          rank: 3,
          code: '11-9121.01',
          title: 'Clinical Research Coordinators',
          profileEstimated: true,
          medianAnnualWage: { kind: 'exact', usd: 161_180 },
          wageInheritedFromSoc: true,
          wageBorrowedFrom: BORROWED,
          outlook: { ...rec({}).outlook!, borrowedFrom: BORROWED },
          toolsInDemand: [
            {
              name: 'Microsoft Excel',
              commodityTitle: 'Spreadsheet software',
              inDemand: true,
              hot: true,
              sameKindExamples: 1,
              occupationsListing: 900,
            },
            {
              name: 'SAS',
              commodityTitle: 'Analytical or scientific software',
              inDemand: false,
              hot: true,
              sameKindExamples: 6,
              occupationsListing: 120,
            },
          ],
        }),
      ]),
      SCALE,
    );
    expect(csv.split('\r\n')).toEqual([
      'rank,code,title,match_percent,match_range_low,match_range_high,confidence,median_annual_wage,median_wage_kind,bright_outlook,employment_change_percent,typical_education,job_zone,skills_to_build,skills_to_check,inherited,bls_figures_for,tools_in_demand,profile_estimated',
      '1,29-1228.00,"Physicians, All Other",90,84,95,High,"$239,200 or more",atLeast,true,3.5,Doctoral or professional degree,5,,,false,,,false',
      '2,11-1011.00,"Chief Executives, ""Top"", Inc",90,84,95,High,not published,unknown,false,,,,Negotiation from developing to advanced (4 of 5),Persuasion at advanced (4 of 5),false,,,false',
      '3,11-9121.01,Clinical Research Coordinators,90,84,95,High,"$161,180",exact,true,3.5,Doctoral or professional degree,5,,,true,11-9121 Natural Sciences Managers (broader occupation),Microsoft Excel; SAS,true',
      '',
    ]);
  });

  it('puts the profile beside the results in the JSON', () => {
    const json = JSON.parse(toJson({ interests: ['I'] }, result([rec({})])));
    expect(json.profile).toEqual({ interests: ['I'] });
    expect(json.recommendations[0].wageText).toBe('$239,200 or more');
    expect(json.model.kind).toBe('ml');
  });

  it('writes numbers without float noise (3.6999999999999997 as 3.7)', () => {
    const noisy = rec({});
    const withNoise = {
      ...noisy,
      outlook: noisy.outlook && { ...noisy.outlook, changePercent: 3.6999999999999997 },
    };
    const json = toJson({ interests: ['I'] }, result([withNoise]));
    expect(json).not.toMatch(/\d\.\d{5,}/);
    expect(JSON.parse(json).recommendations[0].outlook.changePercent).toBe(3.7);
    expect(toCsv(result([withNoise]), SCALE)).toContain(',3.7,');
  });
});

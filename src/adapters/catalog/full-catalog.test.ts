import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHARED_ONET_DIR, loadSharedCatalog } from '../../../test/support/catalog.js';
import type { Catalog, Occupation } from '../../core/domain/index.js';
import { SKILLS, isDetailCode, toSocCode } from '../../core/domain/index.js';

let catalog: Catalog;
let byCode: Map<string, Occupation>;
beforeAll(async () => {
  catalog = await loadSharedCatalog();
  byCode = new Map(catalog.occupations.map((o) => [o.code, o]));
});
const get = (code: string): Occupation => {
  const occupation = byCode.get(code);
  if (occupation === undefined) throw new Error(`${code} not in catalog`);
  return occupation;
};

/** (code, element) pairs with `Recommend Suppress = Y` on any scale, read straight from the file. */
function suppressedPairs(file: string): Set<string> {
  const lines = readFileSync(path.join(SHARED_ONET_DIR, file), 'utf8').split('\r\n').slice(1);
  return new Set(
    lines
      .map((l) => l.split('\t'))
      .filter((c) => c[9] === 'Y')
      .map((c) => `${c[0]} ${c[1]}`),
  );
}

describe('the full O*NET 30.1 + BLS catalog', () => {
  it('has all 1,016 occupations of Occupation Data, unique and sorted by code', () => {
    const codes = catalog.occupations.map((o) => o.code);
    expect(codes).toHaveLength(1016);
    expect(new Set(codes).size).toBe(1016);
    expect(codes).toEqual([...codes].sort());
    expect(catalog.source.onetRelease).toBe('O*NET 30.1 Database, December 2025 Release');
  });

  it('rates 894 occupations itself, estimates the 29 it describes without ratings, keeps 93 unrated', () => {
    const rateable = catalog.occupations.filter((o) => o.rateable);
    expect(rateable).toHaveLength(923);
    for (const o of rateable) {
      expect(o.skills).toHaveLength(SKILLS.length);
      expect(o.knowledge).toHaveLength(33);
      expect(o.abilities).toHaveLength(52);
    }
    expect(rateable.filter((o) => o.profileEstimate === undefined)).toHaveLength(894);
    const estimated = rateable.filter((o) => o.profileEstimate !== undefined);
    expect(estimated).toHaveLength(29);
    for (const o of estimated) {
      expect(o.profileEstimate?.fields).toEqual(expect.arrayContaining(['skills', 'knowledge']));
      expect(o.profileEstimate?.from.length).toBeGreaterThan(0);
    }
    const unrated = catalog.occupations.filter((o) => !o.rateable);
    expect(unrated).toHaveLength(93);
    expect(
      unrated.every((o) => o.skills === null && o.knowledge === null && o.abilities === null),
    ).toBe(true);
    expect(unrated.every((o) => o.tasks.length === 0)).toBe(true);
  });

  it('covers the profiles as the README counts them', () => {
    const count = (test: (o: Occupation) => boolean) => catalog.occupations.filter(test).length;
    expect(count((o) => o.jobZone !== null)).toBe(923);
    expect(count((o) => o.interests !== null)).toBe(923);
    expect(count((o) => o.workStyles !== null)).toBe(891);
    const ownValues = (o: Occupation) => !o.profileEstimate?.fields.includes('workValues');
    expect(count((o) => o.workValues !== null && ownValues(o))).toBe(874);
    expect(count((o) => o.education !== null)).toBe(878);
    expect(catalog.workStyles).toHaveLength(21);
  });

  it('keeps the RW experience and PT/OJ training distributions of all 878 ETE occupations', () => {
    const withAll = catalog.occupations.filter(
      (o) =>
        o.education?.experiencePercent?.length === 11 &&
        o.education.onSiteTrainingPercent?.length === 9 &&
        o.education.onJobTrainingPercent?.length === 9,
    );
    expect(withAll).toHaveLength(878);
    const admins = get('15-1244.00').education;
    expect(admins?.experiencePercent?.slice(5, 10)).toEqual([9.14, 17.21, 25.68, 35.27, 12.7]);
    expect(admins?.onJobTrainingPercent?.[5]).toBe(30.55);
    expect(admins?.onSiteTrainingPercent?.[0]).toBe(19.4);
  });

  it('gives 15-1244.00 Network and Computer Systems Administrators a $96,800 median and Job Zone 4', () => {
    const admins = get('15-1244.00');
    expect(admins.title).toBe('Network and Computer Systems Administrators');
    expect(admins.wages?.medianAnnualUsd).toEqual({ kind: 'exact', usd: 96800 });
    expect(admins.wages).toMatchObject({
      socCode: '15-1244',
      inheritedFromSoc: false,
      source: 'OEWS May 2024',
    });
    expect(admins.jobZone).toBe(4);
    expect(admins.interests?.highPoints[0]).toBe('C');
  });

  it('makes 15-1244 Bright Outlook by its 14.3 thousand annual openings despite −4.2% growth', () => {
    const outlook = get('15-1244.00').outlook;
    expect(outlook).toMatchObject({
      changePercent: -4.2,
      annualOpeningsThousands: 14.3,
      brightOutlook: true,
    });
    expect(outlook?.brightOutlookReason).toContain('openings');
  });

  it('marks clear cases: Data Scientists (+33.5%) and Statisticians (+8.5%) bright, Anesthesiologists not', () => {
    expect(get('15-2051.00').outlook?.brightOutlook).toBe(true);
    expect(get('15-2041.00').outlook).toMatchObject({ changePercent: 8.5, brightOutlook: true });
    expect(get('29-1211.00').outlook).toMatchObject({
      changePercent: 3.2,
      annualOpeningsThousands: 1.3,
      brightOutlook: false,
    });
  });

  it('shows top-coded physician medians as at least $239,200 (29-1211.00 Anesthesiologists)', () => {
    expect(get('29-1211.00').wages?.medianAnnualUsd).toEqual({ kind: 'atLeast', usd: 239200 });
    expect(get('29-1216.00').wages?.medianAnnualUsd).toEqual({ kind: 'exact', usd: 236350 });
  });

  it('lets O*NET detail codes inherit their SOC figures (29-1229.01 Allergists from 29-1229)', () => {
    const parent = get('29-1229.00');
    const detail = get('29-1229.01');
    expect(detail.wages).toEqual({ ...parent.wages, inheritedFromSoc: true });
    expect(detail.outlook).toEqual({ ...parent.outlook, inheritedFromSoc: true });
    for (const o of catalog.occupations) {
      if (o.wages !== null) expect(o.wages.inheritedFromSoc).toBe(isDetailCode(o.code));
    }
  });

  it('estimates unrated 15-2051.00 Data Scientists from rated occupations and keeps its wages', () => {
    const scientists = get('15-2051.00');
    expect(scientists).toMatchObject({
      title: 'Data Scientists',
      rateable: true,
      wages: { medianAnnualUsd: { kind: 'exact', usd: 112590 } },
    });
    const donors = scientists.profileEstimate?.from.map((d) => d.code) ?? [];
    expect(donors.every((code) => get(code).profileEstimate === undefined)).toBe(true);
    expect(donors).toContain('15-2041.00');
  });

  it('flags every suppressed rating that Skills and Knowledge mark Recommend Suppress = Y', () => {
    const flagged = (
      pick: (o: Occupation) => readonly { suppressed: boolean }[] | null,
      ids: string[],
    ) =>
      new Set(
        catalog.occupations.flatMap((o) =>
          (pick(o) ?? []).flatMap((r, i) => (r.suppressed ? [`${o.code} ${ids[i]}`] : [])),
        ),
      );
    const skills = flagged(
      (o) => o.skills,
      SKILLS.map((s) => s.id),
    );
    const knowledge = flagged(
      (o) => o.knowledge,
      catalog.knowledge.map((k) => k.id),
    );
    expect(skills).toEqual(suppressedPairs('Skills.txt'));
    expect(knowledge).toEqual(suppressedPairs('Knowledge.txt'));
    expect(skills.size).toBeGreaterThan(100);
  });

  it('uses BLS aggregates for SOC codes BLS publishes combined, and marks them', () => {
    expect(get('21-1014.00').wages).toMatchObject({ socCode: '21-1018', aggregate: true });
    expect(get('29-2011.00').outlook).toMatchObject({ socCode: '29-2010', aggregate: true });
  });

  it('gives hourly-only and uncovered occupations unknown wages with a reason, and military none', () => {
    const actors = get('27-2011.00').wages?.medianAnnualUsd;
    expect(actors?.kind === 'unknown' && actors.reason).toMatch(/only hourly wages/);
    const fishing = get('45-3031.00');
    expect(fishing.wages?.medianAnnualUsd.kind).toBe('unknown');
    expect(fishing.outlook).not.toBeNull();
    const military = catalog.occupations.filter((o) => o.code.startsWith('55-'));
    expect(military.every((o) => o.wages === null && o.outlook === null)).toBe(true);
    const noBls = catalog.occupations.filter((o) => o.wages === null).map((o) => toSocCode(o.code));
    expect(noBls.every((soc) => soc.startsWith('55-'))).toBe(true);
  });
});

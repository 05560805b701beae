import { beforeAll, describe, expect, it } from 'vitest';
import { loadSharedCatalog } from '../../../test/support/catalog.js';
import { makeOccupation } from '../../../test/support/occupation-fixture.js';
import type { Catalog, Occupation, Technology } from './occupation.js';
import { rankToolsInDemand } from './tools-in-demand.js';

const tech = (
  name: string,
  commodityTitle: string,
  hot: boolean,
  inDemand: boolean,
): Technology => ({
  name,
  commodityTitle,
  hot,
  inDemand,
});

const withTools = (code: string, technologies: Technology[]): Occupation => ({
  ...makeOccupation({ code }),
  technologies,
});

describe('tools in demand, ranked by relevance', () => {
  // "Aardvark" would lead an alphabetical list; relevance puts it last.
  const job = withTools('15-1299.09', [
    tech('Aardvark Office', 'Office suite software', true, false),
    tech('Jira', 'Project management software', true, true),
    tech('Project', 'Project management software', true, false),
    tech('Teams', 'Project management software', true, false),
    tech('Excel', 'Spreadsheet software', true, true),
    tech('Notepad', 'Text editor software', false, false),
    tech('Confluence', 'Project management software', false, true),
  ]);
  const others = [
    job,
    withTools('11-1021.00', [tech('Teams', 'Project management software', true, false)]),
    withTools('11-1011.00', [tech('Excel', 'Spreadsheet software', true, true)]),
  ];

  it('puts In Demand (this job’s postings) before Hot only (all postings); within each the kind with most examples, then Hot, then wider use', () => {
    expect(rankToolsInDemand(job, others).map((t) => t.name)).toEqual([
      'Jira',
      'Confluence',
      'Excel',
      'Teams',
      'Project',
      'Aardvark Office',
    ]);
  });

  it('says what each place rests on', () => {
    expect(rankToolsInDemand(job, others)[1]).toEqual({
      name: 'Confluence',
      commodityTitle: 'Project management software',
      inDemand: true,
      hot: false,
      sameKindExamples: 4,
      occupationsListing: 1,
    });
  });

  it('leaves out technology that is neither, and what the person’s current job already uses', () => {
    const names = rankToolsInDemand(job, others, new Set(['Jira', 'Excel'])).map((t) => t.name);
    expect(names).toEqual(['Confluence', 'Teams', 'Project', 'Aardvark Office']);
    expect(names).not.toContain('Notepad');
    expect(rankToolsInDemand(job, others, new Set(), 2)).toHaveLength(2);
  });
});

describe('tools in demand on the O*NET catalog', () => {
  let catalog: Catalog;
  beforeAll(async () => {
    catalog = await loadSharedCatalog();
  });

  it('never lists tools in alphabetical order just because they are flagged (IT project managers)', () => {
    const pm = catalog.occupations.find((o) => o.code === '15-1299.09')!;
    const tools = rankToolsInDemand(pm, catalog.occupations);
    const flaggedAlphabetically = pm.technologies
      .filter((t) => t.hot || t.inDemand)
      .map((t) => t.name)
      .sort((a, b) => a.localeCompare(b));
    expect(tools[0]!.name).not.toBe(flaggedAlphabetically[0]);
    // The first tools are asked for in this job's own postings, of the kind of software the job
    // lists most examples of.
    const inDemandKinds = tools.filter((t) => t.inDemand).map((t) => t.sameKindExamples);
    expect(tools[0]!.inDemand).toBe(true);
    expect(tools[0]!.sameKindExamples).toBe(Math.max(...inDemandKinds));
  });

  it('ranks every occupation’s list by the same keys, In Demand first', () => {
    for (const o of catalog.occupations) {
      const tools = rankToolsInDemand(o, catalog.occupations, new Set(), 1000);
      for (let i = 1; i < tools.length; i++) {
        const [a, b] = [tools[i - 1]!, tools[i]!];
        const key = (t: typeof a) => [
          +t.inDemand,
          t.sameKindExamples,
          +t.hot,
          t.occupationsListing,
        ];
        const [ka, kb] = [key(a), key(b)];
        const firstDiff = ka.findIndex((x, j) => x !== kb[j]);
        if (firstDiff >= 0)
          expect(ka[firstDiff]!, `${o.code}: ${a.name} before ${b.name}`).toBeGreaterThan(
            kb[firstDiff]!,
          );
      }
    }
  });
});

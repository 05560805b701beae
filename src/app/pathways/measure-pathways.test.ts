import { beforeAll, describe, expect, it } from 'vitest';
import { loadSharedCatalog } from '../../../test/support/catalog.js';
import type { Catalog } from '../../core/domain/index.js';
import { createSearchContext } from '../../core/pathways/index.js';
import { CLASSIC_TRANSITIONS } from './classic-transitions.js';
import { measurePathways } from './measure-pathways.js';
import { toPathwaysMarkdown } from './pathways-markdown.js';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadSharedCatalog();
});

describe('measurePathways', () => {
  it('counts a step as a Career Changers move only in the listed direction, and is the same for the same seed', () => {
    const search = createSearchContext(catalog);
    const first = measurePathways(catalog, search, new Set(), { seed: 7, pairs: 12 });
    const again = measurePathways(catalog, search, new Set(), { seed: 7, pairs: 12 });
    expect(again.stoneSteps).toEqual(first.stoneSteps);
    expect(first.stoneSteps.careerChangers).toBe(0);
    const listed = new Set(
      first.classic.flatMap((c) =>
        c.routes.flatMap((r) => r.steps.map((s) => `${s.from!.code}|${s.to.code}`)),
      ),
    );
    const withClassic = measurePathways(catalog, search, listed, { seed: 7, pairs: 12 });
    expect(withClassic.classic).toHaveLength(CLASSIC_TRANSITIONS.length);
    expect(withClassic.stoneSteps.either).toBeGreaterThanOrEqual(first.stoneSteps.either);
  });

  it('writes every classic transition into the report with its assumptions', () => {
    const m = measurePathways(catalog, createSearchContext(catalog), new Set(), {
      seed: 1,
      pairs: 10,
    });
    const md = toPathwaysMarkdown(m, 'careers path-eval --seed 1 --pairs 10');
    for (const t of CLASSIC_TRANSITIONS) expect(md).toContain(`${t.fromWords} (${t.from})`);
    expect(md).toMatch(/What the numbers rest on/);
    expect(md).toMatch(/Licences and certifications are not in the data/);
  });
});

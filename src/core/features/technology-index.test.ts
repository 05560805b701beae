import { describe, expect, it } from 'vitest';
import { makeOccupation } from '../../../test/support/occupation-fixture.js';
import type { Occupation } from '../domain/index.js';
import {
  COMMODITY_PREFIX,
  EMPTY_TECHNOLOGY,
  technologySimilarity,
  toTechnologyIndex,
  toTechnologyVector,
} from './technology-index.js';

/** An occupation listing `tools`, each of its own commodity class unless given as name@class. */
const withTools = (code: string, tools: string[]): Occupation => ({
  ...makeOccupation({ code }),
  technologies: tools.map((tool) => {
    const [name, commodityTitle] = tool.includes('@') ? tool.split('@') : [tool, `${tool} class`];
    return { name: name!, commodityTitle: commodityTitle!, hot: false, inDemand: false };
  }),
});

const occupations = [
  withTools('11-0000.01', ['Microsoft Excel', 'SAP', 'Oracle']),
  withTools('11-0000.02', ['Microsoft Excel', 'SAP']),
  withTools('11-0000.03', ['Microsoft Excel', 'AutoCAD']),
  withTools('11-0000.04', ['Microsoft Excel', 'AutoCAD', 'AutoCAD']),
  withTools('11-0000.05', []),
  withTools('11-0000.06', ['Autodesk Revit@CAD software']),
  withTools('11-0000.07', ['Bentley MicroStation@CAD software']),
];
const index = toTechnologyIndex(occupations);
const vector = (code: string) => index.byCode.get(code) ?? EMPTY_TECHNOLOGY;

describe('technology index', () => {
  it('weighs each example by ln(N / df): one listed everywhere but once weighs almost nothing', () => {
    const idf = (name: string) => index.idf[index.termOf.get(name)!]!;
    expect(idf('Microsoft Excel')).toBeCloseTo(Math.log(7 / 4), 12);
    expect(idf('SAP')).toBeCloseTo(Math.log(7 / 2), 12);
    expect(idf('Oracle')).toBeCloseTo(Math.log(7), 12);
    expect(idf(`${COMMODITY_PREFIX}CAD software`)).toBeCloseTo(Math.log(7 / 2), 12);
  });

  it('gives unit vectors (an example listed twice counts once) and none without examples', () => {
    for (const code of ['11-0000.01', '11-0000.02', '11-0000.03', '11-0000.04']) {
      const v = vector(code);
      expect(v.weights.reduce((s, w) => s + w * w, 0)).toBeCloseTo(1, 12);
      expect(technologySimilarity(v, v)).toBeCloseTo(1, 12);
    }
    expect(vector('11-0000.04').terms).toHaveLength(4); // two examples, two classes
    expect(index.byCode.has('11-0000.05')).toBe(false);
  });

  it('scores jobs sharing rare tools above jobs sharing only a common one, symmetrically', () => {
    const sapJobs = technologySimilarity(vector('11-0000.01'), vector('11-0000.02'));
    const excelOnly = technologySimilarity(vector('11-0000.01'), vector('11-0000.03'));
    expect(sapJobs).toBeGreaterThan(0.5);
    expect(excelOnly).toBeLessThan(0.1);
    expect(technologySimilarity(vector('11-0000.02'), vector('11-0000.01'))).toBe(sapJobs);
    expect(technologySimilarity(vector('11-0000.01'), EMPTY_TECHNOLOGY)).toBe(0);
  });

  it('finds jobs with different tools of the same commodity class similar', () => {
    const cad = technologySimilarity(vector('11-0000.06'), vector('11-0000.07'));
    expect(cad).toBeGreaterThan(0.2);
    expect(cad).toBeLessThan(1);
  });

  it('builds the vector of any tool list against the index, ignoring unknown terms', () => {
    const v = toTechnologyVector(index, [
      { name: 'SAP', commodityTitle: 'Unknown class' },
      { name: 'Unknown tool', commodityTitle: 'Another unknown class' },
    ]);
    expect(v.terms).toEqual(Int32Array.of(index.termOf.get('SAP')!));
    expect(v.weights[0]).toBeCloseTo(1, 12);
  });
});

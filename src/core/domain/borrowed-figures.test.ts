import { describe, expect, it } from 'vitest';
import { makeOccupation } from '../../../test/support/occupation-fixture.js';
import { borrowedFiguresOf, toBorrowedFigures } from './borrowed-figures.js';

describe('borrowed BLS figures', () => {
  it('are null for an occupation’s own row', () => {
    expect(
      toBorrowedFigures('Registered Nurses', { socCode: '29-1141', inheritedFromSoc: false }),
    ).toBeNull();
  });

  it('name the broader occupation a detailed O*NET occupation takes its figures from', () => {
    expect(
      toBorrowedFigures('Clinical Research Coordinators', {
        socCode: '11-9121',
        inheritedFromSoc: true,
        aggregate: false,
        blsTitle: 'Natural Sciences Managers',
      }),
    ).toEqual({
      socCode: '11-9121',
      title: 'Natural Sciences Managers',
      kind: 'broader-occupation',
      note: 'BLS publishes no separate figures for Clinical Research Coordinators: these are for the broader occupation Natural Sciences Managers (SOC 11-9121).',
    });
  });

  it('name the BLS group an occupation is only reported within', () => {
    expect(
      toBorrowedFigures('Home Health Aides', {
        socCode: '31-1120',
        inheritedFromSoc: false,
        aggregate: true,
        blsTitle: 'Home Health and Personal Care Aides',
      }),
    ).toMatchObject({ kind: 'bls-group', title: 'Home Health and Personal Care Aides' });
  });

  it('use the OEWS spelling for the projection when wages and outlook share the row', () => {
    const base = makeOccupation({ code: '11-9121.01', title: 'Clinical Research Coordinators' });
    const occupation = {
      ...base,
      wages: {
        ...base.wages!,
        socCode: '11-9121',
        inheritedFromSoc: true,
        blsTitle: 'Natural Sciences Managers',
      },
      outlook: {
        ...base.outlook!,
        socCode: '11-9121',
        inheritedFromSoc: true,
        blsTitle: 'Natural sciences managers',
      },
    };
    const b = borrowedFiguresOf(occupation);
    expect(b.wages?.title).toBe('Natural Sciences Managers');
    expect(b.outlook?.title).toBe('Natural Sciences Managers');
    expect(borrowedFiguresOf(base)).toEqual({ wages: null, outlook: null });
  });
});

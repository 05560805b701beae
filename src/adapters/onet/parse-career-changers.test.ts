import { describe, expect, it } from 'vitest';
import { parseCareerChangers } from './parse-career-changers.js';

const HEADER = 'O*NET-SOC Code\tTitle\tRelated O*NET-SOC Code\tRelated Title\tIndex';

describe('parseCareerChangers', () => {
  it('reads each move with its codes and index', () => {
    const rows = parseCareerChangers(
      `${HEADER}\r\n11-1011.00\tChief Executives\t11-9111.00\tMedical and Health Services Managers\t1\r\n`,
    );
    expect(rows).toEqual([{ line: 2, code: '11-1011.00', relatedCode: '11-9111.00', index: 1 }]);
  });

  it('reports a bad code as file:line: field', () => {
    expect(() =>
      parseCareerChangers(`${HEADER}\n11-1011\tChief Executives\t11-9111.00\tX\t1\n`),
    ).toThrow(/Career Changers Matrix.txt:2/);
  });
});

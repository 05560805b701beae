import { describe, expect, it } from 'vitest';
import { makeOccupation } from '../../../test/support/occupation-fixture.js';
import type { Occupation } from '../domain/index.js';
import { buildTextIndex } from './text-index.js';
import { matchText } from './match-text.js';
import { tokenizeText } from './text-tokens.js';

const job = (
  code: string,
  title: string,
  tasks: string[],
  extra: Partial<Pick<Occupation, 'alternateTitles' | 'technologies'>> = {},
): Occupation => ({
  ...makeOccupation({ code, title }),
  tasks: tasks.map((text, i) => ({ id: `${code}-${i}`, text, core: true })),
  ...extra,
});

const tech = (name: string, commodityTitle: string) => ({
  name,
  commodityTitle,
  hot: false,
  inDemand: false,
});

const CATALOG = [
  job(
    '29-1141.00',
    'Registered Nurses',
    ['Monitor patient vital signs and record observations.', 'Administer medications to patients.'],
    {
      alternateTitles: ['Registered Nurse (RN)'],
      technologies: [tech('Epic Systems', 'Medical software')],
    },
  ),
  job(
    '53-3032.00',
    'Heavy and Tractor-Trailer Truck Drivers',
    [
      'Drive tractor-trailer trucks to transport goods.',
      'Inspect trucks before trips and secure cargo.',
    ],
    { alternateTitles: ['CDL Driver'] },
  ),
  job(
    '25-2021.00',
    'Elementary School Teachers',
    ['Teach students reading and mathematics.', 'Prepare lesson plans and grade homework.'],
    {
      alternateTitles: ['Educator'],
      technologies: [tech('Microsoft Excel', 'Spreadsheet software')],
    },
  ),
  job(
    '15-1252.00',
    'Software Developers',
    ['Write and test program code.', 'Modify existing software to correct errors.'],
    {
      technologies: [
        tech('Microsoft Excel', 'Spreadsheet software'),
        tech('Python', 'Object or component oriented development software'),
      ],
    },
  ),
];
const index = buildTextIndex(CATALOG);
const codeOf = (i: number) => index.occupations[i]!.code;

describe('reading a text against O*NET', () => {
  it('keeps the offsets of every word in the original text, accents and abbreviations included', () => {
    const text = 'Café RN, 5 yrs';
    const tokens = tokenizeText(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.surface);
    expect(tokens.filter((t) => t.surface === 'RN').map((t) => t.word)).toEqual([
      'registered',
      'nurse',
    ]);
    expect(tokens[0]!.word).toBe('cafe');
  });

  it('expands résumé abbreviations only when written in capitals ("IT" yes, the pronoun "it" no)', () => {
    expect(tokenizeText('IT').map((t) => t.word)).toEqual(['information', 'technology']);
    expect(tokenizeText('it').map((t) => t.stem)).toEqual([null]);
  });

  it('finds the occupation a few reworded sentences describe, best first', () => {
    const m = matchText(index, 'I monitored vital signs of patients and gave medications.');
    expect(codeOf(m.occupations[0]!.occupation)).toBe('29-1141.00');
  });

  it('reads an abbreviation the way O*NET spells the title out (CDL → Commercial Driver License)', () => {
    const m = matchText(index, 'Class A CDL driver, 10 years on the road');
    expect(codeOf(m.occupations[0]!.occupation)).toBe('53-3032.00');
    const title = m.evidence.find((e) => e.kind === 'title')!;
    expect('Class A CDL driver, 10 years on the road'.slice(title.span.start, title.span.end)).toBe(
      'CDL driver',
    );
  });

  it('matches a one-word title only as written, not by its stem ("educated" is not "Educator")', () => {
    const m = matchText(index, 'Educated families about care');
    expect(m.evidence.some((e) => e.kind === 'title' && e.matched === 'Educator')).toBe(false);
    const n = matchText(index, 'Educator for ten years');
    expect(n.evidence.some((e) => e.kind === 'title' && e.matched === 'Educator')).toBe(true);
  });

  it('names a technology by its short name and weighs one shared by many occupations less', () => {
    const m = matchText(index, 'Built tools in Python and Excel');
    const python = m.evidence.find((e) => e.matched === 'Python')!;
    const excel = m.evidence.find((e) => e.matched === 'Microsoft Excel')!;
    expect(python.occupations.map(codeOf)).toEqual(['15-1252.00']);
    expect(excel.occupations).toHaveLength(2);
    expect(python.weight).toBeGreaterThan(excel.weight);
  });

  it('gives the same answer for the same text (deterministic)', () => {
    const text = 'Taught reading and graded homework; wrote Python code';
    expect(matchText(index, text)).toEqual(matchText(index, text));
  });

  it('leaves out what the filter excludes', () => {
    const without = buildTextIndex(
      CATALOG,
      (code, kind) => code === '29-1141.00' && kind === 'task',
    );
    const m = matchText(without, 'Monitor patient vital signs and record observations.');
    const nurse = m.occupations.find((o) => codeOf(o.occupation) === '29-1141.00');
    expect(nurse?.parts.tasks ?? 0).toBe(0);
  });
});

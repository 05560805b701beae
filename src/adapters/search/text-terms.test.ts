import { describe, expect, it } from 'vitest';
import { tokenizeTitle, toSearchTerms, toTitleVariants } from './text-terms.js';

describe('tokenizeTitle', () => {
  it('lower-cases, splits on punctuation and folds accents', () => {
    expect(tokenizeTitle('Sous-Chef, Café (Night)')).toEqual(['sous', 'chef', 'cafe', 'night']);
  });

  it('drops straight and curly apostrophes inside words', () => {
    expect(tokenizeTitle('Children’s Nurse')).toEqual(tokenizeTitle("Children's Nurse"));
  });

  it('keeps C++ and C# as words and drops apostrophes inside words', () => {
    expect(tokenizeTitle("C++ Developer / C# Engineer's Aide")).toEqual([
      'cplusplus',
      'developer',
      'csharp',
      'engineers',
      'aide',
    ]);
  });
});

describe('toSearchTerms', () => {
  it('stems words so that plurals and -ing forms meet their base word', () => {
    expect(toSearchTerms('Nurses')).toEqual(toSearchTerms('nurse'));
    expect(toSearchTerms('Engineering Managers')).toEqual(toSearchTerms('engineer manager'));
  });

  it('drops stop words such as "of", "and" and "the"', () => {
    expect(toSearchTerms('Teachers of the Deaf and Blind')).toEqual(
      toSearchTerms('teacher deaf blind'),
    );
  });

  it('returns no terms for punctuation or stop words only', () => {
    expect(toSearchTerms('  -- the / of  ')).toEqual([]);
  });
});

describe('toTitleVariants', () => {
  it('treats an acronym in parentheses as another name for the whole title', () => {
    expect(toTitleVariants('Registered Nurse (RN)')).toEqual([
      toSearchTerms('registered nurse rn'),
      toSearchTerms('registered nurse'),
      ['rn'],
    ]);
  });

  it('treats the spelled-out form of an acronym title as another name', () => {
    expect(toTitleVariants('CEO (Chief Executive Officer)')).toContainEqual(
      toSearchTerms('chief executive officer'),
    );
  });

  it('treats a short form sharing a word as another name', () => {
    expect(toTitleVariants('Sales Representative (Sales Rep)')).toContainEqual(
      toSearchTerms('sales rep'),
    );
  });

  it('does not treat a qualifier in parentheses as a name of its own', () => {
    const variants = toTitleVariants('Operational Intelligence Officer (Management)');
    expect(variants).not.toContainEqual(toSearchTerms('management'));
    expect(variants).toContainEqual(toSearchTerms('operational intelligence officer'));
  });

  it('has a single variant for a title without parentheses', () => {
    expect(toTitleVariants('Data Scientists')).toEqual([toSearchTerms('data scientists')]);
  });
});

import { describe, expect, it } from 'vitest';
import { replaceSection, sectionIds } from './report-sections.js';

describe('report sections', () => {
  it('replaces an unmarked report with the first marked section', () => {
    const doc = replaceSection('# Old report\nwithout markers\n', 'benchmark', '# Evaluation\nnew');
    expect(doc).not.toContain('Old report');
    expect(sectionIds(doc)).toEqual(['benchmark']);
  });

  it('appends a new section after the existing ones and keeps them', () => {
    let doc = replaceSection('', 'benchmark', 'A');
    doc = replaceSection(doc, 'pathways', 'B');
    expect(sectionIds(doc)).toEqual(['benchmark', 'pathways']);
    expect(doc).toContain('A');
    expect(doc).toContain('B');
  });

  it('rewrites only its own section, in place', () => {
    let doc = replaceSection('', 'benchmark', 'A1');
    doc = replaceSection(doc, 'pathways', 'B1');
    doc = replaceSection(doc, 'feedback', 'C1');
    doc = replaceSection(doc, 'pathways', 'B2');
    expect(sectionIds(doc)).toEqual(['benchmark', 'pathways', 'feedback']);
    expect(doc).toContain('B2');
    expect(doc).not.toContain('B1');
    expect(doc).toContain('A1');
    expect(doc).toContain('C1');
  });
});

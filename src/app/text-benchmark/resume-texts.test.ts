import { describe, expect, it } from 'vitest';
import { makeOccupation } from '../../../test/support/occupation-fixture.js';
import type { Occupation } from '../../core/domain/index.js';
import { createRng } from '../../core/random/index.js';
import { buildTextIndex } from '../../core/text-profile/index.js';
import { buildResumeText, heldOutFilter, toTextSide } from './resume-texts.js';

const occupation: Occupation = {
  ...makeOccupation({ code: '29-1141.00', title: 'Registered Nurses' }),
  tasks: Array.from({ length: 20 }, (_, i) => ({
    id: String(i),
    text: `Perform nursing duty number ${i} for patients in the ward.`,
    core: true,
  })),
  reportedTitles: ['Staff Nurse', 'Charge Nurse', 'ICU Nurse', 'Nurse Manager'],
  alternateTitles: ['RN', 'Clinical Nurse', 'Floor Nurse', 'Head Nurse'],
  technologies: ['Epic', 'Cerner', 'Meditech', 'Microsoft Excel'].map((name) => ({
    name,
    commodityTitle: 'Medical software',
    hot: false,
    inDemand: false,
  })),
};

describe('résumé texts of the benchmark', () => {
  it('are written only from the half of the O*NET text that the benchmark index leaves out', () => {
    const side = toTextSide(occupation);
    expect(side.tasks.length).toBeGreaterThan(0);
    expect(side.tasks.length).toBeLessThan(occupation.tasks.length);
    const index = buildTextIndex([occupation], heldOutFilter(new Set([occupation.code])));
    const indexed = new Set(index.tasks.map((t) => t.text));
    for (const t of side.tasks) expect(indexed.has(t)).toBe(false);
    for (const t of occupation.tasks) {
      if (!side.tasks.includes(t.text)) expect(indexed.has(t.text)).toBe(true);
    }
    const text = buildResumeText(occupation, createRng(7));
    for (const line of text.split('\n').filter((l) => l.startsWith('Tools: '))) {
      for (const tool of line.slice(7).split(', ')) expect(side.technologies).toContain(tool);
    }
  });

  it('reword the tasks they use: words dropped or swapped, never a statement as O*NET writes it', () => {
    const text = buildResumeText(occupation, createRng(3));
    const bullets = text.split('\n').filter((l) => l.startsWith('- '));
    expect(bullets.length).toBeGreaterThanOrEqual(3);
    for (const b of bullets) {
      expect(occupation.tasks.map((t) => t.text.replace(/\.$/, ''))).not.toContain(b.slice(2));
    }
  });

  it('are the same for the same seed', () => {
    expect(buildResumeText(occupation, createRng(5))).toBe(
      buildResumeText(occupation, createRng(5)),
    );
  });
});

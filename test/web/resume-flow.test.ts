import { describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser.js';
import { useWebServer } from './support/web-server.js';

const RESUME = [
  'Registered Nurse (RN), City Hospital intensive care unit, 6 years',
  '- Administered medications and monitored patient vital signs',
  '- Documented patient care in Epic and taught families about discharge care',
  '- Supervised nursing assistants on the night shift',
  'Volunteer at the local food bank on weekends.',
].join('\n');

const server = useWebServer();

describe('starting from a résumé on the web page', () => {
  it('pastes a résumé, sees the evidence highlighted, adjusts one skill and gets results', async () => {
    const b = await launchBrowser({ width: 1280, height: 900 });
    try {
      const { page } = b;
      await page.goto(server().url);
      await page.fill('#resume-text', RESUME);
      await page.click('#resume-read');
      await page.waitForSelector('.resume-text mark.evidence');

      // The words that led to the match are marked inside the person's own text.
      const marked = await page.$$eval('.resume-text mark.evidence', (ms) =>
        ms.map((m) => m.textContent ?? ''),
      );
      expect(marked.length).toBeGreaterThan(3);
      for (const m of marked) expect(RESUME).toContain(m);
      expect(marked.join('')).toMatch(/Registered Nurse/);
      expect(await page.textContent('.resume-result')).toContain('Registered Nurses');
      // The focused skill's own evidence is marked differently.
      expect(await page.$$('.resume-text mark.focus')).not.toHaveLength(0);

      // Adjust one skill to 5 (expert) and remove another.
      const skills = await page.$$eval('.inferred-skills li', (li) =>
        li.map((l) => l.getAttribute('data-skill')!),
      );
      expect(skills.length).toBeGreaterThan(5);
      const [adjusted, removed] = [skills[0]!, skills[1]!];
      await page.selectOption(`.inferred-skills li[data-skill="${adjusted}"] select`, '5');
      await page.click(`.inferred-skills li[data-skill="${removed}"] .remove-skill`);
      expect(await page.$(`.inferred-skills li[data-skill="${removed}"]`)).toBeNull();
      await screenshot(page, 'desktop-resume-evidence');

      // Ranking sends the adjusted skill as stated, without the removed one.
      const sent = page.waitForRequest(
        (r) => r.url().endsWith('/v1/recommendations') && r.method() === 'POST',
      );
      await page.click('.stepper li:nth-child(6) button');
      const body = (await sent).postDataJSON() as {
        profile: { currentOccupation: string; skills: { name: string; rating: number }[] };
      };
      expect(body.profile.currentOccupation).toBe('29-1141.00');
      expect(body.profile.skills).toContainEqual({ name: adjusted, rating: 5 });
      expect(body.profile.skills.map((s) => s.name)).not.toContain(removed);
      await page.waitForSelector('.cards .card');
      expect(await page.$$('.cards .card')).not.toHaveLength(0);
    } finally {
      await b.close();
    }
  }, 300_000);

  it('says what to do when the text says nothing about work', async () => {
    const b = await launchBrowser({ width: 390, height: 844 });
    try {
      await b.page.goto(server().url);
      await b.page.fill('#resume-text', 'the and of it was');
      await b.page.click('#resume-read');
      const alert = await b.page.waitForSelector('.resume [role="alert"]');
      expect(await alert.textContent()).toMatch(/only common words/);
    } finally {
      await b.close();
    }
  }, 120_000);
});

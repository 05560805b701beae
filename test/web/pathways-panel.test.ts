import { describe, expect, it } from 'vitest';
import { encodeShareHash } from '../../web/src/state/persistence.js';
import { INITIAL_STATE } from '../../web/src/state/web-state.js';
import { launchBrowser, screenshot, seriousAxeViolations } from './support/browser.js';
import { useWebServer } from './support/web-server.js';

const server = useWebServer();

describe('the "How to get there" panel on a result card', () => {
  it('opens with the keyboard and shows routes with study and experience times and their basis', async () => {
    const state = {
      ...INITIAL_STATE,
      step: 'results' as const,
      currentJob: { code: '29-1141.00', title: 'Registered Nurses', interests: null, rated: true },
      interestMode: 'letters' as const,
      letters: ['S' as const, 'I' as const],
    };
    const b = await launchBrowser({ width: 1280, height: 900 });
    try {
      await b.page.goto(server().url + '/' + encodeShareHash(state));
      await b.page.waitForSelector('.cards .card');
      const card = b.page.locator('.cards > li.card').first();
      const code = await card.getAttribute('data-code');
      const summary = card.locator('details.pathways > summary');
      expect(await summary.textContent()).toBe('How to get there');
      await summary.focus();
      await b.page.keyboard.press('Enter');
      await card.locator('.pathway-route, .pathway-reason, .pathways .notice').first().waitFor();
      const text = (await card.locator('details.pathways').textContent()) ?? '';
      // The results leave out the current job, so the first card is a move to make.
      expect(code).not.toBe('29-1141.00');
      expect(await card.locator('.pathway-reason').count()).toBe(0);
      expect(text).toMatch(/before you can be hired/);
      expect(text).toMatch(/Study: .*BLS typical entry/);
      expect(text).toMatch(/Experience first: /);
      const steps = card.locator('.pathway-step strong');
      expect(await steps.count()).toBeGreaterThan(0);
      expect(await steps.last().textContent()).toBe(
        await card
          .locator('.title-link')
          .innerText()
          .then((t) => t.replace(/^Rank \d+:\s*/, '')),
      );
      expect(await card.locator('details.pathway-assumptions li').count()).toBeGreaterThan(3);
      expect(await seriousAxeViolations(b.page)).toEqual([]);
      await screenshot(b.page, 'desktop-10-how-to-get-there');
    } finally {
      await b.close();
    }
  }, 180_000);
});

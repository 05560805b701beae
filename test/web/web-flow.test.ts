import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completion, startFakeOpenAi, type FakeOpenAi } from '../llm/fake-openai-server.js';
import { goodAnswer } from '../llm/scripted-answers.js';
import { encodeShareHash } from '../../web/src/state/persistence.js';
import { INITIAL_STATE } from '../../web/src/state/web-state.js';
import {
  launchBrowser,
  listScreenshots,
  screenshot,
  seriousAxeViolations,
  tabTo,
} from './support/browser.js';
import { keyboardFlow } from './support/keyboard-flow.js';
import { startWebServer, type WebServer } from './support/web-server.js';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

let server: WebServer;
let llm: FakeOpenAi;
/** How the fake LLM answers: grounded rewordings, or text that is not the JSON asked for. */
let llmMode: 'good' | 'malformed' = 'good';

beforeAll(async () => {
  llm = await startFakeOpenAi((request) =>
    llmMode === 'good'
      ? goodAnswer(request.body)
      : { json: completion('Here are some careers you might like!') },
  );
  server = await startWebServer({
    env: { LLM_BASE_URL: llm.baseUrl, LLM_API_KEY: 'sk-web-test', LLM_MODEL: 'fake-llm' },
  });
}, 300_000);
afterAll(async () => {
  await server?.close();
  await llm?.close();
  const shots = listScreenshots();
  console.log(`screenshots (${shots.length}) in test-results/screenshots/:\n${shots.join('\n')}`);
});

const api = (path: string) => fetch(server.url + path).then((r) => r.json());

describe('the web page, keyboard only', () => {
  it('takes a person from a job title to ranked careers at desktop size (1280×900)', async () => {
    const b = await launchBrowser(DESKTOP);
    try {
      await keyboardFlow(b.page, server.url, 'desktop');
      // README's picture is this page as the test just left it (never an older page).
      await b.page.evaluate(() => window.scrollTo(0, 0));
      copyFileSync(
        await screenshot(b.page, 'desktop-readme', false),
        path.resolve(import.meta.dirname, '../../docs/screenshot.png'),
      );
      // The page says what the model's match percentage means (it is calibrated, not a score).
      expect(await b.page.textContent('.summary')).toMatch(
        /measured, not guessed.*O\*NET’s experts list as related/,
      );
      // Every card shows its match range around its percentage, and the summary says what it means.
      expect(await b.page.textContent('.summary')).toMatch(
        /The range is where it would land 8 times in 10 if we knew your whole profile/,
      );
      const matches = await b.page.$$eval('.cards .card .match', (els) =>
        els.map((e) => e.textContent ?? ''),
      );
      expect(matches.length).toBeGreaterThan(0);
      for (const text of matches) {
        const m = /^(\d+)% match \(range (\d+)–(\d+)%\)$/.exec(text.trim());
        expect(m, text).not.toBeNull();
        const [percent, low, high] = m!.slice(1).map(Number) as [number, number, number];
        expect(low).toBeLessThanOrEqual(percent);
        expect(percent).toBeLessThanOrEqual(high);
      }
      // The share link opens the same profile in a browser that has never seen it.
      const link = await b.page.inputValue('#share-link');
      const first = await b.page.getAttribute('.cards > li:first-child', 'data-code');
      const other = await launchBrowser(DESKTOP);
      try {
        await other.page.goto(link);
        await other.page.waitForSelector('.cards .card');
        expect(await other.page.getAttribute('.cards > li:first-child', 'data-code')).toBe(first);
        expect(await other.page.evaluate(() => location.hash)).toBe('');
      } finally {
        await other.close();
      }
    } finally {
      await b.close();
    }
  }, 300_000);

  it('does the same at phone size (390×844)', async () => {
    const b = await launchBrowser(PHONE);
    try {
      await keyboardFlow(b.page, server.url, 'phone');
      const overflow = await b.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      // The three ranking choices share one row, and the first match starts on the first screen.
      const tops = await b.page.$$eval('.segmented label', (els) =>
        els.map((e) => Math.round(e.getBoundingClientRect().top)),
      );
      expect(new Set(tops).size).toBe(1);
      await b.page.evaluate(() => window.scrollTo(0, 0));
      const firstCardTop = await b.page.$eval(
        '.cards > li:first-child',
        (e) => e.getBoundingClientRect().top,
      );
      // Its title and match (the card's first 100 px) are visible without scrolling.
      expect(firstCardTop).toBeLessThan(PHONE.height - 100);
    } finally {
      await b.close();
    }
  }, 300_000);
});

describe('the web page, details', () => {
  it('shows top-coded wages honestly as "$239,200 or more"', async () => {
    const state = {
      ...INITIAL_STATE,
      step: 'results' as const,
      interestMode: 'letters' as const,
      letters: ['I' as const, 'S' as const],
      minSalaryUsd: 239_200,
      view: 'baseline' as const,
    };
    const b = await launchBrowser(DESKTOP);
    try {
      await b.page.goto(server.url + '/' + encodeShareHash(state));
      await b.page.waitForSelector('.cards .card');
      expect(await b.page.textContent('.summary')).toContain('cosine), not a probability');
      const wages = await b.page.$$eval('.cards .wage', (els) =>
        els.map((e) => e.getAttribute('data-kind') + ' ' + e.textContent),
      );
      expect(wages.length).toBeGreaterThan(0);
      for (const w of wages) expect(w).toMatch(/^atLeast \$239,200 or more/);
      const csvRows = await b.page.evaluate(() => document.querySelectorAll('.cards .card').length);
      expect(csvRows).toBe(wages.length);
      await screenshot(b.page, 'desktop-9-top-coded');
    } finally {
      await b.close();
    }
  }, 120_000);

  it('says so in words when nothing meets the limits (not "0 best of 894")', async () => {
    const state = {
      ...INITIAL_STATE,
      step: 'results' as const,
      interestMode: 'letters' as const,
      letters: ['A' as const],
      minSalaryUsd: 10_000_000,
    };
    const b = await launchBrowser(DESKTOP);
    try {
      await b.page.goto(server.url + '/' + encodeShareHash(state));
      await b.page.getByText('No occupation meets all your limits').waitFor();
      const summary = (await b.page.textContent('.summary')) ?? '';
      expect(summary).toMatch(/^None of the \d+ occupations meets all your limits; left out/);
      expect(summary).not.toMatch(/0 best of/);
    } finally {
      await b.close();
    }
  }, 120_000);

  it('shows the O*NET attribution from /v1/about and starts blank without a saved profile', async () => {
    const about = (await api('/v1/about')) as { attribution: string };
    const b = await launchBrowser(PHONE);
    try {
      await b.page.goto(server.url);
      await b.page.waitForSelector('.attribution');
      expect(await b.page.textContent('.attribution')).toBe(about.attribution);
      expect(await b.page.inputValue('#job-title')).toBe('');
      // Results without any profile ask for one instead of calling the API.
      await tabTo(b.page, '.stepper li:nth-child(6) button');
      await b.page.keyboard.press('Enter');
      await b.page.getByText('Tell us at least one thing').waitFor();
      expect(await seriousAxeViolations(b.page)).toEqual([]);
    } finally {
      await b.close();
    }
  }, 120_000);
});

describe('the web page says what its words and figures stand for', () => {
  it('marks borrowed pay, shows one ranked tools list on card and dialog, and levels in words', async () => {
    const state = {
      ...INITIAL_STATE,
      step: 'results' as const,
      interestMode: 'letters' as const,
      letters: ['E' as const, 'I' as const],
      skills: { Writing: 4, Speaking: 4, 'Critical Thinking': 4 },
      minSalaryUsd: 100_000,
    };
    const b = await launchBrowser(DESKTOP);
    try {
      await b.page.goto(server.url + '/' + encodeShareHash(state));
      await b.page.waitForSelector('.cards .card');
      const card = b.page.locator('.cards .card:has(.wage .borrowed)').first();
      expect(await card.locator('.wage .borrowed').textContent()).toMatch(
        /for the (broader occupation|BLS group) /,
      );
      expect(await b.page.textContent('.summary')).toContain('Your pay floor is checked');
      const steps = await card.locator('.next-steps').innerText();
      expect(steps).not.toMatch(/level \d|\d\.\d/);
      expect(steps).toMatch(/(basic|developing|proficient|advanced|expert) \(\d of 5\)/);
      const toolsLine =
        steps.split('\n').find((l) => /Tools employers|demand across/.test(l)) ?? '';
      await card.locator('.title-link').click();
      const dialog = b.page.locator('dialog.detail[open]');
      await dialog.locator('.tools li').first().waitFor();
      expect(await dialog.locator('.note.borrowed').first().textContent()).toContain(
        'BLS publishes no separate figures for',
      );
      const dialogTools = (await dialog.locator('.tools li').allTextContents()).map((t) =>
        t.replace(/\s*\(.*$/, ''),
      );
      // The card names the dialog's first three, in the same order.
      let at = -1;
      for (const name of dialogTools.slice(0, 3)) {
        const next = toolsLine.indexOf(name, at + 1);
        expect(next, `${name} in "${toolsLine}"`).toBeGreaterThan(at);
        at = next;
      }
      await screenshot(b.page, 'desktop-10-borrowed-and-tools');
    } finally {
      await b.close();
    }
  }, 120_000);

  it('rates skills with the words of the one scale and warns before dropping an unpicked job title', async () => {
    const b = await launchBrowser(DESKTOP);
    try {
      await b.page.goto(server.url + '/' + encodeShareHash({ ...INITIAL_STATE, step: 'skills' }));
      await b.page.waitForSelector('.skill');
      const pills = await b.page
        .locator('.skill')
        .first()
        .locator('.rating-options label')
        .allTextContents();
      expect(pills.map((p) => p.replace(/\s+of 5/, '').trim())).toEqual([
        'Not stated',
        '1 basic',
        '2 developing',
        '3 proficient',
        '4 advanced',
        '5 expert',
      ]);
      await b.page.goto('about:blank');
      await b.page.goto(
        server.url +
          '/' +
          encodeShareHash({ ...INITIAL_STATE, letters: ['R'], interestMode: 'letters' }),
      );
      await b.page.waitForSelector('#job-title');
      await b.page.fill('#job-title', 'astronaut chef');
      await b.page.keyboard.press('Tab');
      expect(await b.page.locator('.unpicked').textContent()).toContain(
        '“astronaut chef” is not used until you pick a job from the list',
      );
      await screenshot(b.page, 'desktop-11-unpicked-title');
      await b.page.locator('.stepper li:nth-child(6) button').click();
      await b.page.waitForSelector('.cards .card');
      expect(
        await b.page.locator('.notice', { hasText: 'astronaut chef' }).textContent(),
      ).toContain('was not used: no job was picked from the list');
    } finally {
      await b.close();
    }
  }, 120_000);
});

describe('the web page and the server’s LLM', () => {
  const state = {
    ...INITIAL_STATE,
    step: 'results' as const,
    interestMode: 'letters' as const,
    letters: ['S' as const, 'E' as const],
    skills: { Speaking: 4, 'Social Perceptiveness': 4 },
  };

  it('offers the friendlier wording only when the server has an LLM, and says on each card whether it was used', async () => {
    expect(((await api('/v1/about')) as { llm: { configured: boolean } }).llm.configured).toBe(
      true,
    );
    const b = await launchBrowser(DESKTOP);
    try {
      llmMode = 'good';
      await b.page.goto(server.url + '/' + encodeShareHash(state));
      await b.page.waitForSelector('.cards .card');
      // Not asked for: no LLM call, no status on the cards.
      expect(await b.page.locator('.llm-status').count()).toBe(0);
      const calls = llm.requests.length;
      const toggle = b.page.getByLabel(/Friendlier wording/);
      expect(await b.page.locator('.friendly-toggle').textContent()).toContain('fake-llm');
      await toggle.check();
      await b.page.waitForSelector('.llm-status');
      const cards = await b.page.locator('.cards .card').count();
      expect(await b.page.locator('.llm-status[data-llm="enhanced"]').count()).toBe(cards);
      expect(llm.requests.length).toBeGreaterThan(calls);
      expect(await b.page.locator('.cards .card .why p').first().textContent()).toMatch(
        /% match for you, number 1 on your list/,
      );
      await screenshot(b.page, 'desktop-12-llm-enhanced');

      // The LLM answers nonsense: every card keeps the checked wording and says why. (Another
      // profile: the server keeps the good rewording of the first one in its cache.)
      llmMode = 'malformed';
      await b.page.goto('about:blank');
      await b.page.goto(
        server.url + '/' + encodeShareHash({ ...state, letters: ['E'], friendlyWording: true }),
      );
      await b.page.waitForSelector('.llm-status');
      expect(await b.page.locator('.llm-status[data-llm="kept"]').count()).toBe(cards);
      expect(await b.page.locator('.llm-status').first().textContent()).toContain(
        'The checked wording is kept: its answer could not be read.',
      );
    } finally {
      llmMode = 'good';
      await b.close();
    }
  }, 180_000);
});

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { focused, screenshot, seriousAxeViolations, tabTo } from './browser.js';

const NEXT = '.step-actions .primary';

/** Questionnaire answers by RIASEC letter: an investigative, conventional person. */
const ANSWER_BY_LETTER: Record<string, number> = { R: 3, I: 5, A: 1, S: 2, E: 2, C: 4 };

const feedbackCount = async (baseUrl: string, code: string) =>
  (
    (await fetch(`${baseUrl}/v1/feedback/count?code=${code}`).then((r) => r.json())) as {
      count: number;
    }
  ).count;

/** Checks the page with axe-core (no serious or critical violations) and saves a screenshot. */
export async function checkStep(page: Page, name: string): Promise<void> {
  expect(await seriousAxeViolations(page), `axe on ${name}`).toEqual([]);
  await screenshot(page, name);
}

async function expectStepHeading(page: Page, text: RegExp): Promise<void> {
  await expect.poll(() => focused(page).then((f) => f.id)).toBe('step-heading');
  expect((await focused(page)).text).toMatch(text);
}

async function goNext(page: Page, heading: RegExp): Promise<void> {
  await tabTo(page, NEXT);
  await page.keyboard.press('Enter');
  await expectStepHeading(page, heading);
}

/**
 * The whole flow with the keyboard only: job title → questionnaire → skills → values → limits →
 * results (model toggle, compare, detail dialog, feedback, export, print) → reload. Checks each
 * step with axe-core and saves its screenshot; `tag` names the screenshots.
 */
export async function keyboardFlow(page: Page, baseUrl: string, tag: string): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Console errors include Content-Security-Policy violations and failed requests.
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(baseUrl);
  await page.waitForSelector('#job-title');
  expect(await page.title()).toBe('Start — Find your next career');

  // 1. Start: a current job title through the autocomplete pre-fills the skills.
  await checkStep(page, `${tag}-1-start`);
  await tabTo(page, '#job-title');
  await page.keyboard.type('software developer', { delay: 15 });
  await page.waitForSelector('#job-listbox [role="option"]');
  expect(await page.getAttribute('#job-title', 'aria-expanded')).toBe('true');
  await page.keyboard.press('ArrowDown');
  expect(await page.getAttribute('#job-title', 'aria-activedescendant')).toBe('job-option-0');
  await screenshot(page, `${tag}-1-start-autocomplete`, false);
  await page.keyboard.press('Enter');
  await page.getByText('Starting from Software Developers').waitFor();
  // Choosing with Enter keeps the focus in the box (it used to drop to the page body).
  expect((await focused(page)).id).toBe('job-title');

  // 2. Interests: all 30 questionnaire items, arrows within each radio group.
  await goNext(page, /enjoy/);
  const items = await page.$$eval('.questionnaire input[value="1"]', (els) =>
    els.map((e) => (e as HTMLInputElement).name.slice(2)),
  );
  expect(items).toHaveLength(30);
  for (const id of items) {
    await tabTo(page, `input[name="q-${id}"]`, { max: 5 });
    const answer = ANSWER_BY_LETTER[id[0]!]!;
    if (answer === 1) await page.keyboard.press('Space');
    for (let k = 1; k < answer; k++) await page.keyboard.press('ArrowRight');
  }
  await expect.poll(() => page.textContent('.progress-text')).toContain('30 of 30 answered');
  await expect
    .poll(() => page.textContent('.summary p'))
    .toBe('Your strongest interests: Investigative, Conventional, Realistic.');
  // The questionnaire's result is the six scores, strongest first, not only three names.
  expect(
    await page.$$eval('.interest-scores li', (els) =>
      els.map((e) => e.getAttribute('data-letter')),
    ),
  ).toEqual(expect.arrayContaining(['R', 'I', 'A', 'S', 'E', 'C']));
  expect(await page.textContent('.interest-scores li:first-child')).toMatch(
    /^Investigative\d\.\d of 7$/,
  );
  await checkStep(page, `${tag}-2-interests`);

  // 3. Skills: pre-filled from the job; raise Programming by one with an arrow key.
  await goNext(page, /What can you do/);
  expect(await page.textContent('.progress-text')).toMatch(/35 of 35 skills rated · 35 filled in/);
  const programming = 'input[name="skill-2.B.3.e"]';
  const before = Number(
    await page.$eval(`${programming}:checked`, (e) => (e as HTMLInputElement).value),
  );
  await tabTo(page, programming);
  await page.keyboard.press('ArrowRight');
  const after = Number(
    await page.$eval(`${programming}:checked`, (e) => (e as HTMLInputElement).value),
  );
  expect(after).toBe(Math.min(5, before + 1));
  await expect.poll(() => page.textContent('.progress-text')).toContain('34 filled in');
  await checkStep(page, `${tag}-3-skills`);

  // 4. Values: move Independence from 6th to 4th with the Up button.
  await goNext(page, /matters most/);
  await tabTo(page, 'button[aria-label="Move Independence up"]');
  await page.keyboard.press('Enter');
  // Focus follows the moved card (its position 5 is checked so a stale focus cannot pass).
  await expect
    .poll(() => page.$$eval('.value-name', (els) => els.map((e) => e.textContent)[4]))
    .toBe('Independence');
  await expect.poll(() => focused(page).then((f) => f.label)).toBe('Move Independence up');
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.$$eval('.value-name', (els) => els.map((e) => e.textContent)))
    .toEqual([
      'Achievement',
      'Working Conditions',
      'Recognition',
      'Independence',
      'Relationships',
      'Support',
    ]);
  await expect
    .poll(() => page.textContent('[aria-live="assertive"]'))
    .toBe('Independence moved to position 4 of 6.');
  await expect.poll(() => page.isChecked('.step input[type="checkbox"]')).toBe(true);
  await checkStep(page, `${tag}-4-values`);

  // 5. Limits: a salary floor and at most Job Zone 4.
  await goNext(page, /limits/);
  await tabTo(page, '#min-salary');
  await page.keyboard.type('60000');
  await tabTo(page, '#max-zone');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await expect.poll(() => page.inputValue('#max-zone')).toBe('4');
  await checkStep(page, `${tag}-5-limits`);

  // 6. Results: ranked cards by the ML model, within the limits, with both charts.
  await goNext(page, /Your matches/);
  await page.waitForSelector('.cards .card');
  await expect.poll(() => page.textContent('.summary')).toMatch(/ranked by the ML model/);
  const cards = await page.$$eval('.cards .card', (els) =>
    els.map((e) => ({
      code: e.getAttribute('data-code')!,
      title: e.querySelector('.title-link')!.textContent!.replace(/^Rank \d+: /, ''),
      match: e.querySelector('.match')!.textContent!,
      confidence: e.querySelector('.confidence')!.textContent!,
      wage: e.querySelector('.wage')!.textContent!,
      zone: e.querySelector('.facts')!.textContent!,
    })),
  );
  expect(cards.length).toBe(10);
  expect(cards.map((c) => c.code)).not.toContain('15-1252.00'); // the current job itself
  for (const c of cards) {
    expect(c.match).toMatch(/^\d{1,3}% match \(range \d{1,3}–\d{1,3}%\)$/);
    expect(c.confidence).toMatch(/^(High|Medium|Low) confidence$/);
    const usd = Number(c.wage.match(/^\$([\d,]+)/)![1]!.replace(/,/g, ''));
    expect(usd).toBeGreaterThanOrEqual(60_000);
    expect(c.zone).not.toMatch(/Job Zone 5/);
  }
  // Both charts are SVG drawn by Observable Plot: bars for the gaps, bars per RIASEC letter.
  const bars = (chart: string) =>
    page.$$eval(`.cards .card:first-child .${chart} svg rect`, (r) => r.length);
  await expect.poll(() => bars('gap-chart')).toBeGreaterThan(0);
  await expect.poll(() => bars('riasec-chart')).toBeGreaterThan(6);
  await checkStep(page, `${tag}-6-results`);
  if (tag === 'desktop') await screenshot(page, 'desktop-6-results-viewport', false);

  // The ranking toggle: simple matching, then side by side (compare), then back to the model.
  await tabTo(page, 'input[name="view"]');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => page.textContent('.summary')).toMatch(/ranked by simple matching/);
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('.compare-grid');
  expect(await page.$$eval('.compare-list', (ls) => ls.map((l) => l.children.length))).toEqual([
    10, 10,
  ]);
  expect(await page.textContent('.results-region .summary')).toMatch(/share \d+ of their top 10\./);
  await checkStep(page, `${tag}-6-results-compare`);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.waitForSelector('.cards .card');
  await expect.poll(() => page.textContent('.summary')).toMatch(/ranked by the ML model/);

  // Occupation detail in a dialog: focus moves in, Escape closes, focus returns.
  const first = cards[0]!;
  await tabTo(page, '.cards > li:first-child .title-link');
  await page.keyboard.press('Enter');
  await page.waitForSelector('dialog[open] .detail-grid');
  await expect.poll(() => focused(page).then((f) => f.id)).toBe('detail-title');
  expect(await page.textContent('#detail-title')).toBe(first.title);
  await page.waitForSelector('dialog[open] .riasec-chart svg');
  await checkStep(page, `${tag}-7-detail`);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.$('dialog[open]')).toBeNull();
  expect((await focused(page)).text).toContain(first.title);

  // Feedback: thumbs up and "interested", stored by the API.
  const countBefore = await feedbackCount(baseUrl, first.code);
  await tabTo(page, '.cards > li:first-child .feedback button');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.cards > li:first-child .feedback .status:has-text("Saved")');
  await tabTo(page, '.cards > li:first-child .feedback button:nth-of-type(3)');
  expect((await focused(page)).text).toBe('Interested');
  await page.keyboard.press('Enter');
  await expect
    .poll(() =>
      page.getAttribute('.cards > li:first-child .feedback button:nth-of-type(3)', 'aria-pressed'),
    )
    .toBe('true');
  await expect.poll(() => feedbackCount(baseUrl, first.code)).toBe(countBefore + 2);

  // Export CSV and JSON (downloads), and the print view.
  await tabTo(page, 'button[data-export="csv"]');
  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  const csv = readFileSync((await csvDownload.path())!, 'utf8')
    .trim()
    .split('\r\n');
  expect(csv[0]).toBe(
    'rank,code,title,match_percent,match_range_low,match_range_high,confidence,median_annual_wage,median_wage_kind,bright_outlook,employment_change_percent,typical_education,job_zone,skills_to_build,skills_to_check,inherited,bls_figures_for,tools_in_demand,profile_estimated',
  );
  expect(csv).toHaveLength(11);
  expect(csv[1]!.startsWith(`1,${first.code},`)).toBe(true);
  await tabTo(page, 'button[data-export="json"]', { back: true });
  const [jsonDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  const json = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8'));
  expect(json.profile.currentOccupation).toBe('15-1252.00');
  expect(json.profile.constraints).toEqual({ minSalaryUsd: 60000, maxJobZone: 4 });
  expect(json.recommendations[0].code).toBe(first.code);
  await page.emulateMedia({ media: 'print' });
  expect(await page.$eval('.stepper', (e) => getComputedStyle(e).display)).toBe('none');
  expect(await page.$eval('.toolbar', (e) => getComputedStyle(e).display)).toBe('none');
  await screenshot(page, `${tag}-8-print`);
  await page.emulateMedia({ media: 'screen' });

  // Reload: the profile and the step survive (localStorage).
  await page.reload();
  await page.waitForSelector('.cards .card');
  expect(await page.getAttribute('.cards > li:first-child', 'data-code')).toBe(first.code);
  expect(await page.getAttribute('.cards > li:first-child .feedback button', 'aria-pressed')).toBe(
    'true',
  );
  await tabTo(page, '.stepper li:nth-child(5) button');
  await page.keyboard.press('Enter');
  await expectStepHeading(page, /limits/);
  expect(await page.inputValue('#min-salary')).toBe('60000');
  expect(await page.inputValue('#max-zone')).toBe('4');
  await tabTo(page, '.stepper li:nth-child(6) button', { back: true });
  await page.keyboard.press('Enter');
  await page.waitForSelector('.cards .card');
  expect(errors).toEqual([]);
}

// End-to-end: the release page, served on loopback, walked through like a patient would.
// Every step is scanned with axe-core (zero violations) and photographed: into a temporary
// folder under `make test`, into docs/screenshots/ under `make screenshots` (SCREENSHOTS_DIR).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { serve } from './server.mjs';
import { launchBrowser, shotsDir } from './browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHOTS = shotsDir();
fs.mkdirSync(SHOTS, { recursive: true });

// The 000 seed question (eval vignettes S01 and S13).
const SEED_EN = 'For several days I have had intermittent twitching in the philtrum, the area below my nose. '
  + 'I also sleep on my side and change position a lot, and now and then I wake up with tingling in both palms. '
  + 'Neither happens every day. Do I need to see a doctor?';
const SEED_ZH = '這幾天人中的地方一直不自主地抽動，另外我習慣側睡，有時醒來兩手手掌會麻麻的。';
const STROKE = "my father's face suddenly drooped and his speech is slurred";
const BENIGN_TWITCH = /fasciculation|myokymia/;

let server, url, browser;
before(async () => {
  ({ server, url } = await serve(process.env.DIST || path.join(ROOT, 'dist')));
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); server?.close(); });

/** A fresh context and page; page errors are collected and checked by `done`. */
async function open(options = {}, setup = async () => {}) {
  const context = await browser.newContext({ viewport: { width: 820, height: 1000 }, ...options });
  await setup(context);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // The page logs nothing: no errors, and no warnings (such as an ignored preload attribute).
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`); });
  await page.goto(url);
  await page.waitForSelector('.sc-start');
  return {
    page,
    context,
    done: async () => { assert.deepEqual(errors, [], 'no page errors or console warnings'); await context.close(); },
  };
}

async function axe(page, step) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  assert.deepEqual(summary, [], `axe violations at ${step}`);
}

async function shot(page, name) {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/**
 * Answers "no" to every screen (at most 15: "None of these" on a screen of warning signs) and
 * returns how many screens were asked. The count of questions asked alone ("Question n of at
 * most m", "第 n 題，最多 m 題") goes up by one each time and its bound never grows.
 */
async function answerAll(page, { onFirst } = {}) {
  let n = 0;
  const counts = [];
  while (n < 15 && await page.locator('.sc-question').count()) {
    if (n === 0 && onFirst) await onFirst();
    const m = (await page.textContent('.sc-progress')).match(/(\d+)\D+(\d+)/);
    if (m) counts.push([Number(m[1]), Number(m[2])]);
    const before = await page.getAttribute('.sc-question', 'data-question');
    await page.click('.sc-answer-no');
    await page.waitForFunction((q) => document.querySelector('.sc-question')?.dataset.question !== q, before);
    n += 1;
  }
  await page.waitForSelector('.sc-result');
  counts.forEach(([k, most], i) => {
    assert.ok(k <= most, `question ${k} of at most ${most}`);
    if (i > 0) {
      assert.equal(k, counts[i - 1][0] + 1, `numbered one by one: ${JSON.stringify(counts)}`);
      assert.ok(most <= counts[i - 1][1], `the bound never grows: ${JSON.stringify(counts)}`);
    }
  });
  return n;
}

async function causes(page) {
  return page.$$eval('.sc-cause', (els) => els.map((e) => ({
    id: e.dataset.condition, triage: e.dataset.triage, name: e.querySelector('.sc-cause-name').textContent,
    level: e.querySelector('.sc-level').textContent,
  })));
}

test('the seed question in English walks through the questions to carpal tunnel syndrome and a benign twitch', async () => {
  const { page, done } = await open();
  await axe(page, 'start');
  await shot(page, 'start');
  // The emergency rule with the number comes before anything else.
  const first = await page.$eval('.sc-start', (el) => el.firstElementChild.className);
  assert.match(first, /sc-emergency-rule/);
  assert.match(await page.textContent('.sc-emergency-rule'), /112/);

  await page.click('.sc-start-button');
  await page.fill('textarea.sc-text', SEED_EN);
  await page.fill('input.sc-age', '45');
  await page.selectOption('select.sc-sex', 'female');
  await page.waitForSelector('.sc-chip');
  // Continue is at most three Tab presses from the text box, past the age and sex only.
  await page.focus('textarea.sc-text');
  let tabs = 0;
  while (tabs < 3 && !(await page.evaluate(() => document.activeElement?.classList.contains('sc-continue')))) {
    await page.keyboard.press('Tab');
    tabs += 1;
  }
  assert.ok(await page.evaluate(() => document.activeElement?.classList.contains('sc-continue')), `Continue after ${tabs} Tab presses`);
  const chips = await page.$$eval('.sc-chip', (els) => els.map((e) => e.dataset.finding));
  assert.ok(chips.length >= 2, `two complaints understood: ${chips}`);
  await axe(page, 'describe');
  await shot(page, 'describe');

  await page.click('.sc-continue');
  // "None of these" answers every warning sign at once, then a question asked alone comes;
  // Back undoes the whole screen of signs.
  await page.click('.sc-signs-none');
  await page.waitForFunction(() => /^Question 1 of at most 3$/.test(document.querySelector('.sc-progress')?.textContent || ''));
  await page.click('.sc-back');
  await page.waitForSelector('.sc-signs');
  const asked = await answerAll(page, {
    onFirst: async () => {
      // The warning signs first, together on one screen.
      assert.equal(await page.textContent('.sc-progress'), 'First, the warning signs');
      assert.equal(await page.textContent('.sc-signs h3'), 'Do you have any of these?');
      assert.ok(await page.locator('.sc-sign input[type=checkbox]').count() >= 2, 'several signs on one screen');
      // Every question says why it is asked, folded until opened.
      await page.click('.sc-why summary');
      assert.match(await page.textContent('.sc-why'), /Why am I asked this\?.*(warning sign|tell .* apart)/s);
      await axe(page, 'question');
      await shot(page, 'question');
    },
  });
  assert.ok(asked >= 1, 'at least one follow-up question');
  await shot(page, 'result');
  await axe(page, 'result');

  const found = await causes(page);
  const ids = found.map((c) => c.id);
  assert.ok(ids.includes('carpal_tunnel'), `causes: ${ids}`);
  assert.ok(ids.some((id) => BENIGN_TWITCH.test(id)), `a benign twitch among: ${ids}`);
  const ctx = found.find((c) => c.id === 'carpal_tunnel');
  assert.match(ctx.name, /carpal tunnel/i);
  assert.match(ctx.level, /On its own: (soon|self-care)/);
  const twitch = found.find((c) => BENIGN_TWITCH.test(c.id));
  assert.match(twitch.level, /On its own: (soon|self-care)/);
  const level = await page.getAttribute('.sc-triage', 'data-triage');
  assert.ok(['self_care', 'soon'].includes(level), `triage ${level}`);
  assert.match(await page.textContent('.sc-triage-words'), /See a doctor soon|Self-care at home/);

  // The summary to take to the doctor names the findings, answers, triage and causes.
  const summary = await page.textContent('.sc-summary-text');
  assert.match(summary, /Symptom summary/);
  assert.match(summary, /Carpal tunnel syndrome/i);
  assert.match(summary, /Answers to questions/);
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.isVisible('.sc-print-summary'), 'the print stylesheet shows the summary');
  // The printed page: a title, the level first, then headed sections; no clinic is named here.
  assert.equal(await page.textContent('.sc-print-summary > h2'), 'Symptom summary');
  assert.match(await page.textContent('.sc-print-summary > h2 + .sc-print-level'), /^How urgent: /);
  assert.ok(await page.locator('.sc-print-summary > h3').count() >= 3, 'headed sections');
  assert.ok(!/Clinic:/.test(await page.textContent('.sc-print-summary')));
  assert.ok(!(await page.isVisible('.sc-causes')), 'and hides the rest');
  await page.emulateMedia({ media: 'screen' });

  // Similar questions from the Q&A library, in English: only the English KB and articles were
  // loaded, each once (the KB through the page's preload).
  await page.waitForSelector('.sc-similar details.sc-article');
  const titles = await page.$$eval('.sc-similar summary', (els) => els.map((e) => e.textContent));
  assert.ok(titles.every((t) => /[a-z]/i.test(t) && !/[\u4e00-\u9fff]/.test(t)), `titles: ${titles}`);
  const files = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => /\/(kb|articles)\./.test(p)));
  assert.deepEqual(files.sort(), ['/articles.en.json', '/kb.en.json']);
  // Switching language loads the other files and shows the causes and the same questions in Chinese.
  await page.click('.sc-lang-button[data-lang="zh-TW"]');
  await page.waitForFunction(() => [...document.querySelectorAll('.sc-similar summary')].every((e) => /[\u4e00-\u9fff]/.test(e.textContent)));
  await page.waitForFunction(() => /[\u4e00-\u9fff]/.test(document.querySelector('.sc-cause-name, .sc-causes h4, .sc-causes summary')?.textContent || ''));
  await done();
});

/** The result's complaint sections: heading, level and cause ids of each. */
async function complaints(page) {
  return page.$$eval('.sc-complaint', (els) => els.map((e) => ({
    heading: e.querySelector('h3').textContent,
    level: e.querySelector('.sc-level')?.textContent || '',
    ids: [...e.querySelectorAll('.sc-cause')].map((c) => c.dataset.condition),
  })));
}

test('the seed question is answered as two complaints at phone and desktop width, in both languages', async () => {
  for (const [width, height] of [[375, 667], [1280, 800]]) {
    for (const [lang, text, about] of [['en', SEED_EN, /^About: /], ['zh-TW', SEED_ZH, /^關於：/]]) {
      const { page, done } = await open({ viewport: { width, height } });
      if (lang !== 'en') {
        await page.click(`.sc-lang-button[data-lang="${lang}"]`);
        await page.waitForFunction((l) => document.querySelector('.sc').lang === l, lang);
      }
      await page.click('.sc-start-button');
      await page.fill('textarea.sc-text', text);
      await page.waitForSelector('.sc-chip');
      await page.click('.sc-continue');
      await answerAll(page);
      const step = `two complaints (${lang}, ${width} px)`;
      const found = await complaints(page);
      assert.equal(found.length, 2, `${step}: ${JSON.stringify(found)}`);
      assert.ok(found.every((c) => about.test(c.heading) && c.level.length > 0 && c.ids.length > 0), `${step}: ${JSON.stringify(found)}`);
      const twitch = found.find((c) => c.ids.some((id) => BENIGN_TWITCH.test(id)));
      const palms = found.find((c) => c.ids.some((id) => ['carpal_tunnel', 'positional_paresthesia'].includes(id)));
      assert.ok(twitch && palms && twitch !== palms, `${step}: a twitch section and a tingling-palms section: ${JSON.stringify(found)}`);
      // The summary for the doctor has both.
      const summary = await page.textContent('.sc-summary-text');
      assert.equal((summary.match(lang === 'en' ? /Complaint \d: /g : /問題 \d：/g) || []).length, 2, summary);
      await axe(page, step);
      if (width === 375 && lang === 'en') await shot(page, 'result-two-complaints-phone');
      await done();
    }
  }
});

test('the seed question in Chinese walks to a result in Chinese', async () => {
  const { page, done } = await open();
  await page.click('.sc-lang-button[data-lang="zh-TW"]');
  // The page turns Chinese as a whole once the Chinese file is there.
  await page.waitForFunction(() => document.querySelector('.sc').lang === 'zh-TW');
  await page.click('.sc-start-button');
  await page.fill('textarea.sc-text', SEED_ZH);
  await page.waitForSelector('.sc-chip');
  await axe(page, 'describe (zh-TW)');
  await shot(page, 'describe-zh');
  await page.click('.sc-continue');
  await answerAll(page, {
    onFirst: async () => {
      assert.equal(await page.textContent('.sc-progress'), '先確認警訊');
      await axe(page, 'question (zh-TW)');
    },
  });
  await shot(page, 'result-zh');
  await axe(page, 'result (zh-TW)');
  const found = await causes(page);
  const ids = found.map((c) => c.id);
  assert.ok(ids.includes('carpal_tunnel'), `causes: ${ids}`);
  assert.ok(ids.some((id) => BENIGN_TWITCH.test(id)), `a benign twitch among: ${ids}`);
  assert.match(found.find((c) => c.id === 'carpal_tunnel').name, /腕隧道/);
  assert.match(found.find((c) => c.id === 'carpal_tunnel').level, /單就這個原因[:：]\s*(近期就醫|自我照護)/);
  assert.match(await page.textContent('.sc-triage-words'), /近期就醫|居家自我照護/);
  await done();
});

test('a Chinese message on the English page loads the Chinese words and reads it', async () => {
  const { page, done } = await open();
  await page.click('.sc-start-button');
  await page.fill('textarea.sc-text', SEED_ZH);
  // The page loaded only the English KB file; the Chinese one comes when the message needs it.
  await page.waitForSelector('.sc-chip[data-finding="philtrum_twitch"], .sc-chip[data-finding="lip_twitch"], .sc-chip');
  await page.click('.sc-continue');
  await answerAll(page);
  const ids = (await causes(page)).map((c) => c.id);
  assert.ok(ids.includes('carpal_tunnel'), `causes: ${ids}`);
  assert.match(await page.textContent('.sc-triage-words'), /See a doctor soon|Self-care at home/);
  assert.equal(await page.getAttribute('.sc', 'lang'), 'en', 'the page stays in English');
  const files = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => /\/kb\./.test(p)));
  assert.deepEqual(files.sort(), ['/kb.en.json', '/kb.zh-TW.json']);
  await done();
});

test('a stroke message shows the emergency banner with the configured number before any question', async () => {
  const { page, done } = await open({}, async (context) => {
    // The host page configures its emergency number on the mount element.
    await context.route(/\/$|index\.html$/, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace('<main id="symptom-checker"', '<main id="symptom-checker" data-emergency-number="999"');
      await route.fulfill({ response, body });
    });
  });
  assert.match(await page.textContent('.sc-emergency-rule'), /999/);
  await page.click('.sc-start-button');
  await page.fill('textarea.sc-text', STROKE);
  // The banner appears while describing, in the live region.
  await page.waitForSelector('.sc-live .sc-triage--emergency');
  await page.click('.sc-continue');
  await page.waitForSelector('.sc-result');
  assert.equal(await page.locator('.sc-question').count(), 0, 'no follow-up question');
  const banner = await page.textContent('.sc-triage');
  assert.match(banner, /Emergency: call now/);
  assert.match(banner, /999/);
  assert.ok(!banner.includes('112'), banner);
  assert.equal(await page.getAttribute('.sc-triage a.sc-call', 'href'), 'tel:999');
  assert.equal(await page.locator('.sc-triage svg.sc-triage-icon').count(), 1);
  assert.equal(await page.getAttribute('.sc-live', 'aria-live'), 'polite');
  // Focus moved to the banner's heading.
  assert.equal(await page.evaluate(() => document.activeElement.className), 'sc-triage-title');
  await axe(page, 'emergency');
  await shot(page, 'emergency');
  await done();
});

test('complaints outside neurology are triaged by the general screen, in both languages', async () => {
  const { page, done } = await open();
  await page.click('.sc-start-button');
  // An emergency of the screen's first file: chest pain with sweating, while describing.
  await page.fill('textarea.sc-text', "crushing pain in my chest going to my left arm and I'm sweating");
  await page.waitForSelector('.sc-live .sc-triage--emergency');
  // A minor complaint, from the screen's second file (loaded once Start was pressed): self-care,
  // who to see, what to do, and no cause of the specialty forced onto it.
  await page.fill('textarea.sc-text', "I've had a sore throat since yesterday, no fever");
  await page.waitForFunction(() => !document.querySelector('.sc-live .sc-triage--emergency'));
  await page.click('.sc-continue');
  // A recent infection may bring a warning-sign question first; skip to the result.
  await page.waitForSelector('.sc-result, .sc-question');
  if (await page.locator('.sc-question').count()) await page.click('.sc-skip');
  await page.waitForSelector('.sc-result .sc-red-flags li[data-red-flag="sore_throat"] .sc-red-flag-see');
  assert.equal(await page.getAttribute('.sc-triage', 'data-triage'), 'self_care');
  assert.match(await page.textContent('.sc-red-flag-see'), /pharmacist/);
  assert.ok(await page.locator('.sc-red-flags .sc-self-care li').count() > 0);
  assert.equal(await page.locator('.sc-cause').count(), 0);
  await axe(page, 'screen result');
  // In Chinese: a vital sign read as a number (oxygen 88%) is an emergency.
  await page.click('.sc-lang-button[data-lang="zh-TW"]');
  await page.click('.sc-edit');
  await page.fill('textarea.sc-text', '阿公喘不過氣，血氧只有88%');
  await page.waitForSelector('.sc-live .sc-triage--emergency');
  await done();
});

test('on a phone the emergency stays next to the text box while the patient types', async () => {
  const { page, done } = await open({ viewport: { width: 375, height: 667 } });
  await page.click('.sc-start-button');
  await page.fill('textarea.sc-text', STROKE);
  await page.waitForSelector('.sc-inline-emergency');
  // The text box and the emergency under it are on screen together, with the call link.
  const inView = await page.evaluate(() => {
    const box = document.querySelector('textarea.sc-text').getBoundingClientRect();
    const note = document.querySelector('.sc-inline-emergency').getBoundingClientRect();
    return { top: box.top, bottom: note.bottom, height: window.innerHeight, gap: note.top - box.bottom };
  });
  assert.ok(inView.gap >= 0 && inView.gap < 120, `right under the text box: ${JSON.stringify(inView)}`);
  assert.ok(inView.bottom - inView.top <= inView.height, `both fit on a 667 px screen: ${JSON.stringify(inView)}`);
  assert.equal(await page.getAttribute('.sc-inline-emergency a.sc-call', 'href'), 'tel:112');
  // Announced once: the copy under the text box is not a live region.
  assert.equal(await page.locator('.sc-inline-emergency[aria-live], .sc-inline-emergency [aria-live]').count(), 0);
  // It goes when the words no longer describe an emergency.
  await page.fill('textarea.sc-text', 'my eyelid twitches');
  await page.waitForSelector('.sc-inline-emergency', { state: 'detached' });
  await axe(page, 'phone-emergency');
  await done();
});

test('a crash in the page of its own shows the emergency number instead of a dead box', async () => {
  const { page, context } = await open();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // A panic in the release .wasm aborts it; uncaught, as in an event handler.
  await page.evaluate(async () => {
    const glue = [...document.querySelectorAll('link[rel=modulepreload], script[src]')]
      .map((e) => e.href || e.src).find((u) => /symptom-checker-[0-9a-f]+\.js$/.test(u));
    const m = await import(glue);
    setTimeout(() => m.panicSelfTest(), 0);
  });
  await page.waitForSelector('#symptom-checker .sc-crashed');
  assert.ok(errors.some((e) => /RuntimeError|unreachable/.test(e)), `the .wasm aborted: ${errors}`);
  assert.match(await page.textContent('.sc-crashed'), /stopped working.*112/s);
  assert.equal(await page.getAttribute('.sc-crashed a.sc-call', 'href'), 'tel:112');
  await axe(page, 'crashed');
  await context.close();
});

test('the diary survives a reload, exports, and "delete my data" empties it', async () => {
  const { page, done } = await open();
  await page.click('.sc-diary-toggle');
  await page.waitForSelector('.sc-diary');
  await axe(page, 'diary (opt-in)');
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing stored before opting in');
  await page.click('.sc-diary-enable');
  for (const [date, symptom, duration] of [['2026-11-18', 'Lip twitching', '2 minutes'], ['2026-11-20', 'Lip twitching', '5 minutes'],
    ['2026-11-20', 'Tingling palms on waking', '10 minutes'], ['2026-11-22', 'Tingling palms on waking', 'all morning']]) {
    await page.fill('input.sc-d-date', date);
    await page.fill('input.sc-d-symptom', symptom);
    await page.fill('input.sc-d-duration', duration);
    await page.click('.sc-diary-add');
  }
  assert.equal(await page.locator('.sc-diary-entry').count(), 4);
  assert.equal(await page.locator('.sc-chart rect.sc-chart-bar').count(), 3);
  await axe(page, 'diary');
  await shot(page, 'diary');

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.sc-export-csv')]);
  const csv = fs.readFileSync(await download.path(), 'utf8');
  assert.match(csv, /^date,symptom,duration,notes\r\n"2026-11-18","Lip twitching","2 minutes",""/);
  const [json] = await Promise.all([page.waitForEvent('download'), page.click('.sc-export-json')]);
  const doc = JSON.parse(fs.readFileSync(await json.path(), 'utf8'));
  assert.equal(doc.version, 1);
  assert.equal(doc.entries.length, 4);

  await page.reload();
  await page.waitForSelector('.sc-start');
  await page.click('.sc-diary-toggle');
  await page.waitForSelector('.sc-diary-entry');
  assert.equal(await page.locator('.sc-diary-entry').count(), 4, 'the diary survives a reload');

  await page.click('.sc-diary-delete');
  await page.click('.sc-diary-delete-confirm');
  assert.equal(await page.locator('.sc-diary-entry').count(), 0);
  assert.match(await page.textContent('.sc-diary-status'), /deleted/);
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('symptom-checker')).length), 0);
  await page.reload();
  await page.waitForSelector('.sc-start');
  await page.click('.sc-diary-toggle');
  await page.waitForSelector('.sc-diary-enable');
  assert.equal(await page.locator('.sc-diary-entry').count(), 0, 'still empty after a reload');
  await done();
});

test('a corrupted diary is reported and the readable entries are kept', async () => {
  const raw = '{"version":1,"entries":[{"date":"2026-11-20","symptom":"Lip twitching"},{"date":"2026-11-21","sym';
  const { page, done } = await open({}, async (context) => {
    await context.addInitScript((value) => {
      if (!sessionStorage.getItem('seeded')) { localStorage.setItem('symptom-checker.diary', value); sessionStorage.setItem('seeded', '1'); }
    }, raw);
  });
  await page.click('.sc-diary-toggle');
  await page.waitForSelector('.sc-diary-problem');
  assert.match(await page.textContent('.sc-diary-problem'), /Episodes kept: 1\. Could not be read: 1\./);
  assert.equal(await page.locator('.sc-diary-entry').count(), 1);
  const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('symptom-checker.diary.backup.')).map((k) => localStorage.getItem(k)));
  assert.deepEqual(backups, [raw]);
  await axe(page, 'diary (corrupted)');
  await done();
});

test('works at 360 px wide (200% zoom) with the keyboard, and in dark mode', async () => {
  const { page, done } = await open({ viewport: { width: 360, height: 780 }, colorScheme: 'dark' });
  // Keyboard: tab to Start, press Enter; focus lands on the new step's heading.
  for (let i = 0; i < 25; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.classList.contains('sc-start-button'))) break;
  }
  await page.keyboard.press('Enter');
  await page.waitForSelector('.sc-describe');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H2');
  // First "I am asking for someone else", then the text box.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.type), 'checkbox');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'TEXTAREA');
  await page.keyboard.type('My left eyelid has been twitching for four days');
  await page.waitForSelector('.sc-chip');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling at 360 px (overflow ${overflow}px)`);
  await axe(page, 'describe (360 px, dark)');
  await shot(page, 'mobile-dark');
  await page.click('.sc-continue');
  await answerAll(page);
  const overflow2 = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow2 <= 0, `no horizontal scrolling on the result (overflow ${overflow2}px)`);
  await axe(page, 'result (360 px, dark)');
  await done();
});

test('"I am asking for someone else" puts the questions in the third person', async () => {
  const { page, done } = await open();
  await page.click('.sc-start-button');
  await page.fill('textarea.sc-text', 'I wake up with tingling in both palms');
  await page.waitForSelector('.sc-chip');
  await page.click('.sc-continue');
  await page.waitForSelector('.sc-signs');
  const own = await page.textContent('.sc-sign-list');
  assert.ok(!/\btheir\b/.test(own), own);
  await page.click('.sc-back');
  await page.check('.sc-someone-else input');
  await page.click('.sc-continue');
  await page.waitForSelector('.sc-signs');
  const theirs = await page.textContent('.sc-sign-list');
  assert.match(theirs, /\btheir\b/);
  await axe(page, 'questions about someone else');
  await done();
});

test('copy summary puts the plain-text summary on the clipboard', async () => {
  const { page, context, done } = await open();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  await page.click('.sc-start-button');
  await page.fill('textarea.sc-text', 'My left eyelid has been twitching for four days');
  await page.waitForSelector('.sc-chip');
  await page.click('.sc-continue');
  await answerAll(page);
  await page.click('.sc-copy-button');
  await page.waitForFunction(() => document.querySelector('.sc-copy-status')?.textContent.length > 0);
  const status = await page.textContent('.sc-copy-status');
  const expected = await page.textContent('.sc-summary-text');
  if (/copied/.test(status)) {
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, expected);
  } else {
    // The fallback opens the text for copying by hand.
    assert.ok(await page.isVisible('.sc-summary-text'));
  }
  assert.match(expected, /Generated on this device/);
  assert.match(expected, /Eyelid/i);
  await done();
});

test('a full storage (quota exceeded) is reported, the diary keeps working and nothing stored is lost', async () => {
  const saved = JSON.stringify({ version: 1, entries: [{ date: '2026-11-20', symptom: 'Lip twitching', duration: '2 minutes', notes: '' }] });
  const { page, done } = await open({}, async (context) => {
    await context.addInitScript((value) => {
      localStorage.setItem('symptom-checker.diary', value);
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, v) {
        if (String(key).startsWith('symptom-checker')) throw new DOMException('full', 'QuotaExceededError');
        return setItem.call(this, key, v);
      };
    }, saved);
  });
  await page.click('.sc-diary-toggle');
  await page.waitForSelector('.sc-diary-entry');
  await page.fill('input.sc-d-date', '2026-11-22');
  await page.fill('input.sc-d-symptom', 'Tingling palms on waking');
  await page.click('.sc-diary-add');
  await page.waitForSelector('.sc-diary-problem');
  assert.match(await page.textContent('.sc-diary-problem'), /could not be saved/);
  assert.equal(await page.locator('.sc-diary-entry').count(), 2, 'the new entry is kept on the page');
  assert.equal(await page.evaluate(() => localStorage.getItem('symptom-checker.diary')), saved, 'the stored diary is intact');
  await page.click('.sc-diary-close');
  await page.click('.sc-start-button');
  await page.fill('textarea.sc-text', 'My left eyelid has been twitching for four days');
  await page.waitForSelector('.sc-chip');
  await done();
});

// `symptom-check check --fhir` against the FHIR R4 definitions (validate.mjs): the
// QuestionnaireResponses of requests from the vignette suites (both languages, every level,
// some with the interview's questions answered, two complaints, emergencies) are valid, and
// resources broken on purpose are not, so that this check can fail.
//
// The binary: $SYMPTOM_CHECK, else target/release/symptom-check, else target/debug/symptom-check
// (scripts/test.sh passes the debug binary that `cargo test --workspace` has just built).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validate } from './validate.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = process.env.SYMPTOM_CHECK
  || ['release', 'debug'].map((p) => path.join(ROOT, 'target', p, 'symptom-check')).find((p) => fs.existsSync(p));
const DATE = '2026-12-07';

/** Runs the CLI with `args` and `request` on stdin; its stdout as JSON. */
function cli(args, request) {
  return new Promise((resolve, reject) => {
    const child = execFile(BIN, args, { maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${args.join(' ')}: ${err.message}\n${stderr}`));
      else resolve(JSON.parse(stdout));
    });
    child.stdin.end(JSON.stringify(request));
  });
}

/** Up to two screens of the interview answered: each question no, yes or unsure in turn. */
async function answered(request) {
  const req = { ...request, answers: {} };
  let k = 0;
  for (let screen = 0; screen < 2; screen++) {
    const { questions } = await cli(['check', '--json'], req);
    const signs = questions.filter((q) => q.red_flag);
    const asked = signs.length ? signs : questions.slice(0, 1);
    if (!asked.length) break;
    for (const q of asked) req.answers[q.id] = ['no', 'yes', 'unsure'][k++ % 3];
  }
  return req;
}

/** The first `n` requests of `file` of each language and level (the first level listed). */
function pick(file, n) {
  const lines = fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n').filter((l) => l.trim());
  const taken = new Map();
  const out = [];
  for (const line of lines) {
    const v = JSON.parse(line);
    const key = `${v.lang} ${v.triage?.[0]}`;
    if ((taken.get(key) ?? 0) >= n || !v.triage?.length) continue;
    taken.set(key, (taken.get(key) ?? 0) + 1);
    const req = { text: v.text, lang: v.lang };
    if (v.age !== undefined) req.age = v.age;
    if (v.sex !== undefined) req.sex = v.sex;
    out.push({ id: v.id, req });
  }
  return out;
}

/** Runs `jobs` (functions returning promises) two at a time. */
async function pool(jobs, width = 2) {
  const results = [];
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]();
    }
  }));
  return results;
}

const items = (r) => (r.item ?? []).flatMap((i) => [i, ...items(i)]);

test('the binary is there', () => {
  assert.ok(BIN && fs.existsSync(BIN), `no symptom-check binary (set SYMPTOM_CHECK, or cargo build -p symptom-check): ${BIN}`);
});

test('the QuestionnaireResponses of suite requests are valid FHIR R4', { timeout: 600_000 }, async () => {
  const cases = [...pick('eval/vignettes.jsonl', 2), ...pick('eval/neuro-blind.jsonl', 1)];
  assert.ok(cases.length >= 20, `${cases.length} requests`);
  const resources = await pool(cases.map(({ id, req }, i) => async () => {
    // Every third request with the interview's questions answered.
    const request = i % 3 === 0 ? await answered(req) : req;
    return { id, request, qr: await cli(['check', '--fhir', '--date', DATE], request) };
  }));
  for (const { id, request, qr } of resources) {
    assert.deepEqual(validate(qr), [], `${id}: ${JSON.stringify(request)}\n${JSON.stringify(qr, null, 1)}`);
    assert.equal(qr.authored, DATE, id);
    assert.equal(qr.language, request.lang, id);
    const links = items(qr).map((i) => i.linkId);
    assert.equal(new Set(links).size, links.length, `${id}: linkIds unique`);
    for (const [q, a] of Object.entries(request.answers ?? {})) {
      const item = items(qr).find((i) => i.linkId === `question.${q}`);
      const code = { yes: 'LA33-6', no: 'LA32-8', unsure: 'LA4489-6' }[a];
      assert.equal(item?.answer?.[0]?.valueCoding?.code, code, `${id}: ${q} ${a}`);
    }
  }
  // What the cases were to cover.
  const has = (f) => resources.filter(({ qr }) => f(qr)).length;
  const coded = (qr, link) => items(qr).find((i) => i.linkId === link)?.answer?.[0]?.valueCoding?.code;
  assert.ok(has((qr) => qr.language === 'en') >= 5 && has((qr) => qr.language === 'zh-TW') >= 5, 'both languages');
  assert.ok(has((qr) => items(qr).some((i) => i.linkId.startsWith('question.'))) >= 5, 'answered questions');
  assert.ok(has((qr) => items(qr).some((i) => i.linkId === 'complaint.2')) >= 1, 'two complaints');
  assert.ok(has((qr) => coded(qr, 'triage') === 'emergency') >= 2, 'emergencies');
  for (const level of ['urgent', 'soon', 'self_care']) assert.ok(has((qr) => coded(qr, 'triage') === level) >= 1, level);
});

test('broken resources are rejected', async () => {
  const good = await cli(['check', '--fhir', '--date', DATE],
    { text: 'my left eyelid has twitched for four days', age: 29, sex: 'female', lang: 'en' });
  assert.deepEqual(validate(good), []);
  const broken = (change) => {
    const r = structuredClone(good);
    change(r);
    return validate(r);
  };
  const rejects = (why, change, expected) => {
    const problems = broken(change);
    assert.ok(problems.some((p) => expected.test(p)), `${why}: ${JSON.stringify(problems)}`);
  };
  rejects('no status', (r) => delete r.status, /\$\.status: required/);
  rejects('a status outside its value set', (r) => { r.status = 'done'; }, /schema: \/status/);
  rejects('an item with an answer and items', (r) => { r.item[0].item = [{ linkId: 'x', answer: [{ valueString: 'y' }] }]; }, /qrs-1/);
  rejects('an unknown property', (r) => { r.diagnosis = 'none'; }, /diagnosis/);
  rejects('an unknown property in an item', (r) => { r.item[0].score = 1; }, /score: not an element/);
  rejects('an item without a linkId', (r) => { delete r.item[0].linkId; }, /linkId: required/);
  rejects('two values in one answer', (r) => { r.item[0].answer[0].valueBoolean = true; }, /at most 1/);
  rejects('an empty array', (r) => { r.item.push({ linkId: 'empty', item: [] }); }, /empty array/);
  rejects('an empty string', (r) => { r.item[0].text = ''; }, /schema: \/item\/0\/text/);
  rejects('a single item not in an array', (r) => { r.item = r.item[0]; }, /must be an array/);
  rejects('a coding without its form', (r) => { items(r).find((i) => i.linkId === 'triage').answer[0].valueCoding.code = ' emergency'; }, /schema:/);
  rejects('a narrative without text', (r) => { r.text.div = '<div xmlns="http://www.w3.org/1999/xhtml"></div>'; }, /txt-2/);
  rejects('a narrative without status', (r) => { delete r.text.status; }, /text\.status: required/);
  rejects('not a resource', (r) => { r.resourceType = 'Questionnaireresponse'; }, /not an R4 resource/);
  // All three at once: each is reported.
  const all = broken((r) => { delete r.status; r.item[0].item = [{ linkId: 'x', answer: [{ valueString: 'y' }] }]; r.extra = true; });
  for (const p of [/status: required/, /qrs-1/, /extra/]) assert.ok(all.some((x) => p.test(x)), `${p}: ${JSON.stringify(all)}`);
});

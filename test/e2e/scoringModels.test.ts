// The credit office publishes a scoring model in the browser against the
// real server: a model with mistakes is refused with every reason and
// changes nothing; a valid one becomes the next version, the office
// watches everyone being rescored, and a citizen's score follows it.
// This file has a server and database of its own (appPage.ts), so the
// new version moves no score another test file expects.
import type { Page } from 'playwright-core';
import type { ScoringModelRequest } from '@creditplus/shared';
import { logInAs, settled, useAppSession } from './appPage';

// 韩若晨 has no records: her score is the person model's base.
const PLAIN_CITIZEN = 'citizen-plain';

const app = useAppSession('e2e-models');

function personModel(page: Page) {
  return page.locator('.models-page .model-kind--person');
}

async function editorText(page: Page): Promise<ScoringModelRequest> {
  const json = personModel(page).locator('.model-editor__json textarea');
  return JSON.parse(await json.inputValue()) as ScoringModelRequest;
}

async function publish(page: Page, model: unknown): Promise<void> {
  const json = personModel(page).locator('.model-editor__json textarea');
  await json.fill(JSON.stringify(model, null, 2));
  await personModel(page).locator('.model-editor__publish').click();
}

// A part that appears below the long model is scrolled to the top.
async function cameToTop(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((s) => {
    const top = document.querySelector(s)?.getBoundingClientRect().top;
    return top !== undefined && top >= 0 && top < 60;
  }, selector);
}

async function scoreOf(page: Page): Promise<number> {
  const score = page.locator('.score-value');
  await score.waitFor();
  return Number(await score.textContent());
}

test('the office is refused a wrong model, then publishes the next version', async () => {
  const citizen = await app.open();
  await logInAs(citizen, PLAIN_CITIZEN);
  const scoreBefore = await scoreOf(citizen);

  const office = await app.open();
  await logInAs(office, 'office');
  await office.locator('.tab-bar__item', { hasText: '评价模型' }).click();
  await settled(office, 'models-page');
  const version = personModel(office).locator('.model-version');
  await expect(version.textContent()).resolves.toBe('第 1 版');
  // The organization model's version 2 adds the watch lists (a migration).
  await expect(
    office.locator('.model-kind--organization .model-version').textContent(),
  ).resolves.toBe('第 2 版');
  const rule = personModel(office).locator('.model-rule', {
    hasText: '一般行政处罚',
  });
  await expect(rule.locator('.model-rule__match').textContent()).resolves.toBe(
    '行政处罚（一般） · 每条 −60 分',
  );
  await app.shot(office, '01-models');

  await personModel(office).locator('.model-new-version').click();
  await cameToTop(office, '.model-editor');
  const draft = await editorText(office);
  expect(draft).toMatchObject({ subjectKind: 'person', base: scoreBefore });
  expect(draft).not.toHaveProperty('version');
  await app.shot(office, '02-editor');

  // Text that is no JSON is caught before it is sent.
  await personModel(office)
    .locator('.model-editor__json textarea')
    .fill('{ "base": 650, }');
  await personModel(office).locator('.model-editor__publish').click();
  await expect(
    personModel(office).locator('.model-refusal__message').textContent(),
  ).resolves.toBe('JSON 格式有误（第 1 行附近），请检查括号、引号和逗号');

  // Three mistakes at once: a base past 1000, points past their
  // dimension's cap and a severity that never counts.
  const wrong = structuredClone(draft);
  wrong.base = 1200;
  wrong.dimensions[1].rules[0].points = 900;
  wrong.dimensions[2].rules[0].severity = 'minor';
  await publish(office, wrong);
  const reasons = personModel(office).locator('.model-refusal__reason');
  await reasons.first().waitFor();
  await expect(reasons.allTextContents()).resolves.toEqual([
    '基础分基础分须为 0–1000 的整数',
    '维度 2 · 规则 1 · 分值分值 900 超出维度上下限',
    '维度 3 · 规则 1 · 严重程度严重程度只能是 general 或 serious（轻微处罚不计分）',
  ]);
  await expect(
    personModel(office).locator('.model-refusal__message').textContent(),
  ).resolves.toBe('评价模型校验不通过，请按原因修改后重新发布');
  await app.shot(office, '03-refused');
  await expect(version.textContent()).resolves.toBe('第 1 版');

  await publish(office, { ...draft, base: draft.base + 10 });
  const progress = personModel(office).locator('.job-progress');
  await expect(
    progress.locator('.job-progress__title').textContent(),
  ).resolves.toBe('已发布第 2 版');
  await progress
    .locator('.job-status', { hasText: '已完成' })
    .waitFor({ timeout: 60_000 });
  await cameToTop(office, '.job-progress');
  const count = (await progress.locator('.job-count').textContent()) ?? '';
  const [done, total] = count.split('/').map(Number);
  expect(total).toBeGreaterThan(0);
  expect(done).toBe(total);
  // The models reload once the job is done; the refused draft left no
  // version behind, so this one is the second.
  await personModel(office)
    .locator('.model-version', { hasText: '第 2 版' })
    .waitFor();
  await expect(
    personModel(office).locator('.model-base__value').textContent(),
  ).resolves.toBe(String(draft.base + 10));
  // The organization model's version 2 adds the watch lists (a migration).
  await expect(
    office.locator('.model-kind--organization .model-version').textContent(),
  ).resolves.toBe('第 2 版');
  await app.shot(office, '04-published');

  await citizen.reload();
  await expect(scoreOf(citizen)).resolves.toBe(scoreBefore + 10);
  await app.shot(citizen, '05-citizen-rescored');
  expect(app.pageErrors).toEqual([]);
});

// Issue 3 in the browser against the real server: anyone queries an
// organization's disclosed records without logging in, department staff
// upload a 双公示 file and read its row report, and a citizen sees the
// trend of their score.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { todayInShanghai } from '@creditplus/shared';
import { logInAs, settled, useAppSession } from './appPage';

const repoRoot = path.resolve(__dirname, '..', '..');
const PENALTIES_CSV = path.join(repoRoot, 'server', 'seed', 'penalties.csv');

const app = useAppSession('e2e-intake');

// 九江浔泉商贸有限公司's one penalty (a warning) ended its disclosure on
// 2025-05-04, so its page shows its license only; its namesake
// 九江浔泉家政服务有限公司 has a penalty disclosed until 2027-05-09.
test('anyone finds organizations and reads their disclosed records', async () => {
  const page = await app.open();
  await page.locator('.public-query-link').click();
  await settled(page, 'public-page');

  // A person's ID number never leaves the phone.
  await page.locator('.public-query-input input').fill('360404196312108747');
  await page.locator('.public-query-button').click();
  await expect(
    page.locator('.public-query-error').textContent(),
  ).resolves.toContain('个人信用信息不提供公开查询');
  await app.shot(page, '01-public-person-refused');

  await page.locator('.public-query-input input').fill('浔泉');
  await page.locator('.public-query-button').click();
  const trading = page.locator('.org-row', { hasText: '九江浔泉商贸有限公司' });
  await trading.waitFor();
  await app.shot(page, '02-public-results');

  await trading.click();
  const detail = page.locator('.public-org');
  await expect(detail.locator('.public-org-name').textContent()).resolves.toBe(
    '九江浔泉商贸有限公司',
  );
  await settled(page, 'public-org');
  const docs = await detail.locator('.record-doc').allTextContents();
  expect(docs).toEqual(['文号 JX3604202200000']);
  await app.shot(page, '03-public-license-only');

  await page.goBack();
  await page
    .locator('.org-row', { hasText: '九江浔泉家政服务有限公司' })
    .click();
  const penalty = page.locator('.public-org .record', {
    has: page.locator('.record-doc', { hasText: '浔住房罚〔2026〕112号' }),
  });
  await expect(penalty.textContent()).resolves.toContain('行政处罚');
  await expect(
    penalty.locator('.record-disclosure').textContent(),
  ).resolves.toBe('公示截止 2027-05-09');
  await settled(page, 'public-org');
  await app.shot(page, '04-public-penalty');

  await page.goBack();
  await page.locator('.public-home-link').click();
  await page.locator('.public-query-link').waitFor();
  expect(app.pageErrors).toEqual([]);
});

test('department staff upload penalties and read the row report', async () => {
  const page = await app.open();
  await logInAs(page, 'department-market');
  await page.locator('.department .upload-input').waitFor();
  await page.locator('.source-option', { hasText: '行政处罚' }).click();
  await page.locator('.department .upload-input').setInputFiles(PENALTIES_CSV);
  // The page names the chosen file in its own words, not the browser's.
  await expect(
    page.locator('.department .upload-file').textContent(),
  ).resolves.toBe('penalties.csv');
  await expect(
    page.locator('.department .upload-choose').textContent(),
  ).resolves.toBe('选择文件');
  await app.shot(page, '05-department-file-chosen');
  await page.locator('.department .upload-button').click();

  const report = page.locator('.import-report');
  await report.waitFor();
  await expect(page.locator('.import-summary').textContent()).resolves.toMatch(
    /^共 \d+ 行：新增 \d+，更新 \d+，未变 \d+，拒绝 [1-9]\d*$/,
  );
  const problems = page.locator('.problem-row:not(.problem-row--head)');
  await expect(problems.count()).resolves.toBeGreaterThan(0);
  const reasons = await page.locator('.problem-reason').allTextContents();
  expect(reasons.every((text) => /[\u4e00-\u9fff]/.test(text))).toBe(true);
  await expect(
    problems.locator('.problem-row__where').allTextContents(),
  ).resolves.toContain('第 21 行');
  await app.shot(page, '05-department-report');

  // Revoke one of the department's records and see it change at once.
  await page.locator('.tab-bar__item', { hasText: '记录管理' }).click();
  await settled(page, 'dept-records');
  // Every record names whom it concerns, a person only masked.
  const subjectLines = page.locator('.dept-records .record-subject');
  await subjectLines.first().waitFor();
  const subjects = await subjectLines.allTextContents();
  expect(subjects.length).toBeGreaterThan(0);
  expect(subjects.length).toBe(
    await page.locator('.dept-records .dept-record').count(),
  );
  for (const line of subjects) expect(line).toMatch(/^当事人 .+ · \S+$/);
  expect(subjects.join('')).not.toMatch(/\d{17}[\dX]/);
  // Found by its document number: once revoked it has no revoke button.
  const docNumber = await page
    .locator('.dept-records .dept-record', {
      has: page.locator('.revoke-button'),
    })
    .first()
    .locator('.record-doc')
    .textContent();
  const record = page.locator('.dept-records .dept-record', {
    has: page.locator('.record-doc', { hasText: docNumber ?? '' }),
  });
  await record.locator('.revoke-button').click();
  await record.locator('.revoke-input input').fill('处罚决定已被依法撤销');
  await record.locator('.revoke-confirm').click();
  await record.locator('.record-status', { hasText: '已撤销' }).waitFor();
  await app.shot(page, '06-department-revoked');
  expect(app.pageErrors).toEqual([]);
});

// One penalty against the demo citizen 吴明一, decided today, in the
// national columns of the seed file.
function penaltyOfCitizen(): {
  name: string;
  mimeType: string;
  buffer: Buffer;
} {
  const [header] = readFileSync(PENALTIES_CSV, 'utf8').split(/\r?\n/);
  const cells: Record<string, string> = {
    行政相对人名称: '吴明一',
    行政相对人类别: '自然人',
    证件类型: '身份证',
    证件号码: '360404196312108747',
    行政处罚决定书文号: '浔市场罚〔2026〕901号',
    违法行为类型: '占道经营',
    处罚类别: '罚款',
    处罚内容: '罚款人民币5000元',
    '罚款金额（万元）': '0.5',
    处罚决定日期: todayInShanghai(),
    处罚机关: '九江市市场监督管理局',
  };
  const row = header
    .replace(/^\uFEFF/, '')
    .split(',')
    .map((column) => cells[column] ?? '');
  return {
    name: 'citizen-penalty.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`${header}\n${row.join(',')}\n`, 'utf8'),
  };
}

test('a citizen sees their score fall on the trend after a penalty', async () => {
  const staff = await app.open();
  await logInAs(staff, 'department-market');
  await staff
    .locator('.department .upload-input')
    .setInputFiles(penaltyOfCitizen());
  await staff.locator('.department .upload-button').click();
  await expect(
    staff.locator('.import-summary').textContent(),
  ).resolves.toContain('新增 1，');

  const page = await app.open();
  await logInAs(page, 'citizen');
  const chart = page.locator('.trend-chart');
  await chart.waitFor();
  await expect(page.locator('.trend-chart__point').count()).resolves.toBe(2);
  await expect(page.locator('.trend-chart__line').count()).resolves.toBe(1);
  await expect(page.locator('.trend-change').textContent()).resolves.toMatch(
    /^较上次 −\d+$/,
  );
  // The newest point is the score the card shows.
  await expect(
    page.locator('.trend-chart__score').last().textContent(),
  ).resolves.toBe(await page.locator('.score-value').textContent());
  await chart.scrollIntoViewIfNeeded();
  await app.shot(page, '07-citizen-trend');
  expect(app.pageErrors).toEqual([]);
});

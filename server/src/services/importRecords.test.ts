import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';

import { createMemoryCache } from '../cache/memoryCache';
import { testDataKey } from '../../test/factories/dataKey';
import { useTestDatabase } from '../../test/support/db';
import { hashCode } from '../domain/subjectCode';
import { getRating } from './getRating';
import { importRecords, ImportSource } from './importRecords';

const seedDir = path.join(__dirname, '..', '..', 'seed');
const seedFile = (name: string) => fs.readFileSync(path.join(seedDir, name));

function expectedPenaltyOutcomes(): string[] {
  return seedFile('penalties-expected.txt')
    .toString('utf8')
    .split('\n')
    .filter((line) => /^\d+\t/.test(line))
    .map((line) => line.split('\t')[1]);
}

describe('importRecords', () => {
  const db = useTestDatabase();
  const cache = createMemoryCache();
  const run = (source: ImportSource, content: Buffer) =>
    importRecords({ db: db(), cache, dataKey: testDataKey }, source, content);

  test('penalties.csv gives exactly the expected outcome per row', async () => {
    const report = await run('penalties', seedFile('penalties.csv'));
    const expected = expectedPenaltyOutcomes();

    expect(report.rows).toBe(expected.length);
    expected.forEach((outcome, i) => {
      const got = report.outcomes[i];
      if (outcome.startsWith('ok'))
        expect([i + 1, got]).toEqual([i + 1, 'created']);
      else if (outcome.startsWith('duplicate')) {
        expect([i + 1, got]).toEqual([i + 1, 'unchanged']);
      } else expect([i + 1, got]).toEqual([i + 1, 'rejected']);
    });
    expect(report.problems.map((p) => [p.row, p.code])).toEqual([
      [21, 'invalid_uscc'],
      [22, 'missing_value'],
      [23, 'invalid_date'],
      [25, 'negative_amount'],
    ]);
    expect(report.problems[1].column).toBe('行政处罚决定书文号');
    expect(await db().models.CreditRecord.count()).toBe(21);
  });

  test('a lower-case code with spaces is trimmed and upper-cased', async () => {
    const subject = await db().models.Subject.findOne({
      where: { codeHash: hashCode('91360430GKK4741486', testDataKey) },
    });
    expect(subject?.name).toBe('九江浔达化工有限公司');
    expect(subject?.codeMasked).toBe('91360430GKK4741486');
  });

  test('importing the same file again changes nothing', async () => {
    const { CreditRecord, ImportBatch, RecordAudit } = db().models;
    const counts = () =>
      Promise.all([
        CreditRecord.count(),
        ImportBatch.count(),
        RecordAudit.count(),
      ]);
    const before = await counts();
    const report = await run('penalties', seedFile('penalties.csv'));
    expect(report.counts).toEqual({
      created: 0,
      updated: 0,
      unchanged: 22,
      rejected: 4,
    });
    expect(await counts()).toEqual(before);
  });

  test('fines in 万元 are stored as exact fen, severity from the period', async () => {
    const { CreditRecord } = db().models;
    const fine = await CreditRecord.findOne({
      where: { docNumber: '浔市场罚〔2026〕102号' },
    });
    expect(fine).toMatchObject({
      amountFen: 1_500_000,
      decisionDate: '2026-09-16',
      disclosureEnd: '2027-03-16',
      severity: 'general',
      status: 'active',
    });
  });

  test('a GBK file is detected and imported', async () => {
    const report = await run('penalties', seedFile('penalties-gbk.csv'));
    expect(report.encoding).toBe('gb18030');
    expect(report.counts.created).toBe(5);
    const record = await db().models.CreditRecord.findOne({
      where: { docNumber: '浔交通罚〔2026〕501号' },
    });
    expect(record).toMatchObject({
      amountFen: 3_333_333,
      title: '发布虚假广告',
    });
    const serious = await db().models.CreditRecord.findOne({
      where: { docNumber: '浔卫生罚〔2026〕503号' },
    });
    expect(serious?.severity).toBe('serious');
  });

  test('a UTF-8 file with a BOM reads the same as without', async () => {
    const text = seedFile('penalties-gbk.csv');
    const utf8 = iconv.decode(text, 'gb18030');
    const withBom = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(utf8, 'utf8'),
    ]);
    const report = await run('penalties', withBom);
    expect(report.encoding).toBe('utf-8');
    expect(report.counts).toMatchObject({ unchanged: 5, rejected: 0 });
  });

  test('a UTF-8 file with a character cut in half loses that row only', async () => {
    const content = seedFile('penalties.csv');
    // The first byte of the second data row's first Chinese character,
    // the rest of it gone: what a file cut off mid-character holds.
    const secondRow = content.indexOf('\n', content.indexOf('\n') + 1) + 1;
    let at = secondRow;
    while (content[at] < 0x80) at += 1;
    const broken = Buffer.concat([
      content.subarray(0, at + 1),
      content.subarray(at + 3),
    ]);

    const report = await run('penalties', broken);
    expect(report.encoding).toBe('utf-8');
    expect(report.outcomes[1]).toBe('rejected');
    expect(report.problems.filter((p) => p.row === 2)).toEqual([
      expect.objectContaining({ code: 'unreadable_text' }),
    ]);
    // The other rows read as they do whole.
    expect(report.problems.map((p) => p.row)).toEqual([2, 21, 22, 23, 25]);
  });

  test('licenses and lists import, persons by protected ID number', async () => {
    const licenses = await run('licenses', seedFile('licenses.csv'));
    expect(licenses.counts).toMatchObject({ created: 24, rejected: 0 });
    const lists = await run('lists', seedFile('lists.csv'));
    expect(lists.counts).toMatchObject({ created: 8, rejected: 0 });

    const person = await db().models.Subject.findOne({
      where: { codeHash: hashCode('360404195809052713', testDataKey) },
    });
    expect(person).toMatchObject({
      kind: 'person',
      name: '吕远琪',
      codeMasked: '3604**********2713',
    });
    const listing = await db().models.CreditRecord.findOne({
      where: { subjectId: person?.id },
    });
    expect(listing).toMatchObject({ type: 'blacklist', status: 'active' });
    expect(JSON.stringify(listing?.payload)).not.toContain(
      '360404195809052713',
    );
    const court = await db().models.Department.findByPk(listing?.departmentId);
    expect(court?.name).toBe('九江市中级人民法院');
  });

  test('watch lists import, and a watch-listed organization loses points', async () => {
    const header = seedFile('lists.csv').toString('utf8').split('\n')[0];
    const rows = [
      '经营异常名录,彭泽县吴记商贸店,个体工商户,92360430E9JHU7MM8N,' +
        ',通过登记的住所无法联系,,九江市市场监督管理局,2026-05-06,2029-05-05,',
      '重点关注名单,严怡静,自然人,,360430200409044307,拖欠农民工工资,' +
        ',九江市人力资源和社会保障局,2026-07-01,2027-06-30,',
      '观察名单,陈文诺,自然人,,360426196304083920,,,九江市人力资源和社会保障局,' +
        '2026-07-01,2027-06-30,',
    ];
    const report = await run(
      'lists',
      Buffer.from([header.trimEnd(), ...rows].join('\r\n')),
    );
    expect(report.outcomes).toEqual(['created', 'created', 'rejected']);
    expect(report.problems.map((p) => [p.row, p.code])).toEqual([
      [3, 'unknown_list_type'],
    ]);

    const listed = async (code: string) => {
      const subject = await db().models.Subject.findOne({
        where: { codeHash: hashCode(code, testDataKey) },
        rejectOnEmpty: true,
      });
      const records = await db().models.CreditRecord.findAll({
        where: { subjectId: subject.id },
      });
      return { subject, types: records.map((r) => r.type) };
    };
    const company = await listed('92360430E9JHU7MM8N');
    expect(company.types).toEqual(['watchlist']);
    expect((await listed('360430200409044307')).types).toEqual(['watchlist']);

    // Version 2 of the organization model deducts a watch listing in its
    // punishment dimension: 650 from the base, 100 off.
    const rating = await getRating(
      { db: db(), cache: createMemoryCache() },
      company.subject.id,
    );
    expect(rating).toMatchObject({ score: 550, modelVersion: 2 });
    const punishment = rating.dimensions.find((d) => d.key === 'punishment');
    expect(punishment?.items).toEqual([
      expect.objectContaining({ recordType: 'watchlist', points: -100 }),
    ]);
  });

  test('a header the file cannot be read by stores nothing', async () => {
    const before = await db().models.CreditRecord.count();
    await expect(
      run('penalties', Buffer.from('名称,金额\n甲,1\n')),
    ).rejects.toMatchObject({ code: 'unreadable_header' });
    expect(await db().models.CreditRecord.count()).toBe(before);
  });
});

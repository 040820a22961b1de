import { createMemoryCache } from '../cache/memoryCache';
import { testDataKey } from '../../test/factories/dataKey';
import { useTestDatabase } from '../../test/support/db';
import { hashCode } from '../domain/subjectCode';
import { getRating } from './getRating';
import { importRecords } from './importRecords';
import { ratingEntries } from './ratingCache';

const header =
  '名单类型,主体名称,主体类别,统一社会信用代码,证件号码,列入原因,认定依据,认定部门,列入日期,有效期至,移出日期';
const listing = (removedOn: string) =>
  Buffer.from(
    `${header}\n严重失信主体名单,吕远琪,自然人,,360404195809052713,失信被执行人,规定,九江市中级人民法院,2026-02-10,2028-02-09,${removedOn}\n`,
  );

describe('getRating after a record changes', () => {
  const db = useTestDatabase();
  const cache = createMemoryCache();
  const deps = () => ({ db: db(), cache, dataKey: testDataKey });

  test('the next read reflects a listing added, then revoked', async () => {
    await importRecords(deps(), 'lists', listing(''));
    const subject = await db().models.Subject.findOne({
      where: { codeHash: hashCode('360404195809052713', testDataKey) },
    });
    const id = subject!.id;

    const listed = await getRating(deps(), id);
    expect(listed).toMatchObject({ grade: 'D', blacklisted: true });
    const listedEntry = await ratingEntries(cache).read(id);
    expect(listedEntry.value).not.toBeNull();

    const report = await importRecords(deps(), 'lists', listing('2026-11-01'));
    expect(report.counts.updated).toBe(1);
    const next = await ratingEntries(cache).read(id);
    expect(next.generation).not.toBe(listedEntry.generation);
    expect(next.value).toBeNull();
    expect(await getRating(deps(), id)).toMatchObject({
      grade: 'A',
      score: 650,
      blacklisted: false,
    });
  });

  test('a rating computed on an earlier day is recomputed', async () => {
    const subject = await db().models.Subject.findOne();
    const id = subject!.id;
    const yesterday = new Date(Date.now() - 86_400_000);
    const old = await getRating(deps(), id, yesterday);
    const today = await getRating(deps(), id);
    expect(Date.parse(today.computedAt)).toBeGreaterThan(
      Date.parse(old.computedAt),
    );
  });
});

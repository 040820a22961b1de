import { createMemoryCache } from '../cache/memoryCache';
import { testDataKey } from '../../test/factories/dataKey';
import { createDepartment } from '../../test/factories/department';
import { useTestDatabase } from '../../test/support/db';
import type { Department } from '../db/models';
import { importRecords } from './importRecords';
import { searchOrganizations } from './searchOrganizations';

const USCC = '913604822EH5JU5RX6';
const header =
  '行政相对人名称,行政相对人类别,行政相对人代码_1(统一社会信用代码),' +
  '行政处罚决定书文号,违法行为类型,处罚类别,罚款金额(万元),' +
  '处罚决定日期,处罚机关';

describe('the name an organization is shown by', () => {
  const db = useTestDatabase();
  const cache = createMemoryCache();
  const deps = () => ({ db: db(), cache, dataKey: testDataKey });
  let department: Department;

  beforeAll(async () => {
    department = await createDepartment(db(), '九江市名称测试局');
  });

  // Each test names its own documents; the subject is the same USCC.
  const row = (name: string, doc: string, date: string) =>
    [name, '法人及非法人组织', USCC, doc, '虚假宣传', '警告', '', date]
      .concat(department.name)
      .join(',');
  const run = (...rows: string[]) =>
    importRecords(
      deps(),
      'penalties',
      Buffer.from([header, ...rows].join('\n')),
      new Date('2026-12-03T04:00:00Z'),
      { department, actor: 't' },
    );
  const shownName = async () => {
    const found = await searchOrganizations(deps(), USCC);
    expect(found).toHaveLength(1);
    return found[0].name;
  };

  test('follows the most recent decision, whatever the order', async () => {
    // In one file the later decision names it, though it comes first.
    const first = await run(
      row('九江新名称有限公司', '名-2', '2026-07-01'),
      row('九江旧名称有限公司', '名-1', '2026-06-01'),
    );
    expect(first.counts.created).toBe(2);
    expect(await shownName()).toBe('九江新名称有限公司');

    // An older decision read afterwards keeps the newer name.
    await run(row('九江旧名称有限公司', '名-0', '2026-05-01'));
    expect(await shownName()).toBe('九江新名称有限公司');

    // A company renamed since: its latest decision shows the new name,
    // and the public query finds it by that name.
    await run(row('九江更名后有限公司', '名-3', '2026-08-01'));
    expect(await shownName()).toBe('九江更名后有限公司');
    const byName = await searchOrganizations(deps(), '更名后');
    expect(byName.map((o) => o.name)).toEqual(['九江更名后有限公司']);
  });

  test('a newer decision under the same name moves the date on', async () => {
    // The date moves on though the name stays, so a row decided between
    // the two cannot bring back a name it gave before.
    await run(row('九江更名后有限公司', '名-4', '2026-10-01'));
    await run(row('九江旧名称有限公司', '名-5', '2026-09-01'));
    expect(await shownName()).toBe('九江更名后有限公司');
    const subject = await db().models.Subject.findOne({
      where: { name: '九江更名后有限公司' },
    });
    expect(subject?.namedOn).toBe('2026-10-01');
  });
});

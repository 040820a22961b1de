import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { randomUUID } from 'node:crypto';

import { createMemoryCache } from '../cache/memoryCache';
import { createRedisCache } from '../cache/redisCache';
import { revealCode } from '../domain/subjectCode';
import { getRating } from '../services/getRating';
import { createSubject } from '../../test/factories';
import { testDataKey } from '../../test/factories/dataKey';
import { createDepartment } from '../../test/factories/department';
import { useTestDatabase } from '../../test/support/db';
import { testRedisUrl } from '../../test/support/redis';
import { importCommand } from './importCommand';

const seedFile = (name: string) =>
  path.join(__dirname, '..', '..', 'seed', name);

describe('importCommand', () => {
  const db = useTestDatabase();
  const cache = createMemoryCache();

  async function run(argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await importCommand(
      argv,
      { db: db(), cache, dataKey: testDataKey },
      { out: (line) => out.push(line), err: (line) => err.push(line) },
    );
    return { code, out, err };
  }

  test('imports a file for a department and prints the row report', async () => {
    const department = await db().models.Department.create({
      name: '九江市市场监督管理局',
      uscc: '11360400W41W598950',
    });
    const result = await run([
      seedFile('penalties.csv'),
      '--source',
      'penalties',
      '--department',
      department.uscc as string,
    ]);

    expect(result.code).toBe(2);
    // Its own four decisions; the other authorities' rows are theirs.
    expect(result.out[0]).toContain('26 行，新增 4，更新 0，未变 0，拒收 22');
    expect(result.out.slice(1)).toEqual(
      expect.arrayContaining([
        '第 1 行\t处罚机关\tother_authority\t作出决定的不是本部门，应由作出决定的部门报送',
        '第 21 行\t行政相对人代码_1(统一社会信用代码)\tinvalid_uscc\t统一社会信用代码校验不通过',
        '第 22 行\t行政处罚决定书文号\tmissing_value\t必填项为空',
        '第 23 行\t处罚决定日期\tinvalid_date\t日期不是有效的日历日期',
        '第 25 行\t罚款金额(万元)\tnegative_amount\t金额不能为负数',
      ]),
    );
    expect(result.out).toHaveLength(23);
    const batch = await db().models.ImportBatch.findOne();
    expect(batch?.actor).toBe('cli');
  });

  test('exits 0 when every row is taken', async () => {
    const court = '九江市中级人民法院';
    const department = await createDepartment(db(), court);
    const [header, ...rows] = fs
      .readFileSync(seedFile('lists.csv'), 'utf8')
      .split('\n');
    const own = rows.filter((row) => row.split(',')[7] === court);
    expect(own.length).toBeGreaterThan(0);
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'court-list-'));
    const file = path.join(folder, 'court.csv');
    fs.writeFileSync(file, [header, ...own].join('\n'));
    const result = await run([
      file,
      '--source=lists',
      `--department=${department.uscc}`,
    ]);
    expect(result).toMatchObject({ code: 0, err: [] });
  });

  test.each([
    [['--source', 'lists'], 'give exactly one file'],
    [['x.csv', '--source', 'fines', '--department', 'x'], '--source must'],
    [['x.csv', '--source', 'lists', '--department', 'x'], '--department must'],
    [
      ['x.csv', '--source', 'lists', '--source', 'licenses'],
      'give --source once',
    ],
    [
      ['x.csv', '--source', 'lists', '--department', 'a', '--department=b'],
      'give --department once',
    ],
    [
      ['x.csv', '--source', 'lists', '--department', '91360430GKK4741486'],
      '没有统一社会信用代码为',
    ],
  ])('refuses %j', async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(1);
    expect(result.err[0]).toContain(message);
  });

  test('reports a file it cannot read or a header it refuses', async () => {
    const department = await createDepartment(db());
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-'));
    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(bad, 'a,b\n1,2\n');
    const args = ['--source', 'lists', '--department', department.uscc!];

    const missing = await run([path.join(dir, 'none.csv'), ...args]);
    const refused = await run([bad, ...args]);
    fs.rmSync(dir, { recursive: true, force: true });

    expect(missing).toMatchObject({ code: 1 });
    expect(missing.err[0]).toContain('无法读取文件');
    expect(refused).toMatchObject({ code: 1 });
    expect(refused.err[0]).toMatch(/^unreadable_header: /);
  });

  // As `pnpm run import` beside a running server, sharing its Redis: the
  // server's cached rating, its own copy in memory included, is retired as
  // the import commits, so its next read shows the new score.
  test("retires a running server's cached rating through Redis", async () => {
    const keyPrefix = `test:${randomUUID()}:`;
    const server = createRedisCache({ url: testRedisUrl(), keyPrefix });
    const command = createRedisCache({ url: testRedisUrl(), keyPrefix });
    try {
      const department = await createDepartment(db(), '九江市测试执法局');
      const person = await createSubject(db());
      const idNumber = revealCode(person.codeCipher, testDataKey);
      const read = () => getRating({ db: db(), cache: server }, person.id);
      // Read twice: the second answer comes from the server's own copy.
      expect((await read()).score).toBe(650);
      expect((await read()).score).toBe(650);

      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-fresh-'));
      const file = path.join(folder, 'penalty.csv');
      fs.writeFileSync(
        file,
        [
          '行政相对人名称,行政相对人类别,行政相对人代码_1(统一社会信用代码),' +
            '证件号码,行政处罚决定书文号,违法行为类型,处罚类别,' +
            '罚款金额(万元),处罚决定日期,处罚机关',
          `${person.name},自然人,,${idNumber},测执罚〔2026〕1号,测试违法行为,` +
            `罚款,25,2026-11-20,九江市测试执法局`,
        ].join('\n'),
      );
      const code = await importCommand(
        [file, '--source', 'penalties', '--department', department.uscc!],
        { db: db(), cache: command, dataKey: testDataKey },
        { out: () => undefined, err: (line) => console.error(line) },
      );
      expect(code).toBe(0);
      // The announcement reaches the server's copy as Redis delivers it.
      await waitFor(async () => (await read()).score !== 650);
      expect((await read()).score).toBe(500);
    } finally {
      await Promise.all([server.close(), command.close()]);
    }
  });
});

async function waitFor(condition: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 50; i += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

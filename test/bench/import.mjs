// Imports generated 双公示 penalty rows through the import path (parse,
// check, find or create subjects, store, rescore) against a raw bulk insert
// of the same records into a copy of the records table, same database.
// Usage: node test/bench/import.mjs [--scale 0.1]
import { usccCheckChar } from '@creditplus/shared';
import mysql from 'mysql2/promise';

import {
  benchDatabase,
  insertChunked,
  openServerDatabase,
  option,
  report,
  round,
  serverModule,
  RECORD_COLUMNS,
} from './lib.mjs';

const scale = option('scale', 1);
const rows = Math.round(100_000 * scale);
const perSubject = 5;
const header = [
  '行政相对人名称',
  '行政相对人类别',
  '行政相对人代码_1(统一社会信用代码)',
  '行政处罚决定书文号',
  '违法行为类型',
  '处罚类别',
  '罚款金额（万元）',
  '处罚决定日期',
  '公示截止期',
  '处罚机关',
  '处罚机关统一社会信用代码',
];
const authorityUscc = withCheck('11360400599RJ88U2');

function withCheck(first17) {
  return first17 + usccCheckChar(first17);
}

function row(i) {
  const subject = Math.floor(i / perSubject);
  const uscc = withCheck(`91360404MA${String(subject).padStart(7, '0')}`);
  const month = (i % 9) + 1;
  return [
    `九江测试${subject}号有限公司`,
    '法人及非法人组织',
    uscc,
    `浔测罚〔2026〕${i}号`,
    '未按规定公示年度报告',
    i % 4 === 0 ? '警告' : '罚款',
    i % 4 === 0 ? '0' : '1.25',
    `2026/${month}/${(i % 27) + 1}`,
    `2027/${month}/${(i % 27) + 1}`,
    '九江市测试管理局',
    authorityUscc,
  ];
}

const bench = await benchDatabase('import');
try {
  const db = await openServerDatabase(bench.url);
  const lines = [header.join(',')];
  for (let i = 0; i < rows; i += 1) lines.push(row(i).join(','));
  const content = Buffer.from(lines.join('\n') + '\n');

  const { importRecords } = serverModule('services/importRecords');
  const dataKey = Buffer.alloc(32, 7);
  const started = process.hrtime.bigint();
  const result = await importRecords({ db, dataKey }, 'penalties', content);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.counts.created !== rows) {
    throw new Error(`imported ${JSON.stringify(result.counts)}`);
  }
  console.log(`import: ${round(seconds)} s`);

  const baselineSeconds = await rawInsert(bench.url);
  await db.close();
  report({
    scale,
    rows,
    seconds: round(seconds),
    baseline_seconds: round(baselineSeconds),
    ratio: round(seconds / baselineSeconds, 2),
  });
} finally {
  await bench.drop();
}

// The same records, already parsed, written with multi-row INSERTs into an
// empty copy of credit_records (same indexes) in one transaction.
async function rawInsert(url) {
  const conn = await mysql.createConnection(url);
  await conn.query('CREATE TABLE baseline_records LIKE credit_records');
  const [[{ id: departmentId }]] = await conn.query(
    'SELECT id FROM departments LIMIT 1',
  );
  const [[{ first }]] = await conn.query(
    'SELECT MIN(id) AS first FROM subjects',
  );
  const now = new Date();
  const started = process.hrtime.bigint();
  await conn.beginTransaction();
  await insertChunked(conn, 'baseline_records', RECORD_COLUMNS, rows, (i) => {
    const cells = row(i);
    return [
      first + Math.floor(i / perSubject),
      departmentId,
      'penalty',
      cells[3],
      cells[4],
      cells[5],
      i % 4 === 0 ? 0 : 12_500_00,
      cells[7].replace(/\//g, '-'),
      cells[8].replace(/\//g, '-'),
      'general',
      'active',
      JSON.stringify(Object.fromEntries(header.map((h, k) => [h, cells[k]]))),
      now,
      now,
    ];
  });
  await conn.commit();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await conn.end();
  return seconds;
}

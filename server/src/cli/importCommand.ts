// `pnpm run import <file> --source penalties|licenses|lists --department
// <USCC>`: imports a CSV or XLSX file for a department through the same
// path as an upload and prints the row report. Exit code 0 when every row
// was taken, 2 when some rows were refused, 1 when nothing was imported.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { ImportSource, parseUscc } from '@creditplus/shared';

import { AppError } from '../errors';
import { ImportDeps, importRecords } from '../services/importRecords';

const SOURCES: ImportSource[] = ['penalties', 'licenses', 'lists'];
const USAGE =
  'usage: pnpm run import <file> --source penalties|licenses|lists --department <USCC>';

export interface CommandOutput {
  out(line: string): void;
  err(line: string): void;
}

export async function importCommand(
  argv: string[],
  deps: ImportDeps,
  io: CommandOutput,
  now: Date = new Date(),
): Promise<number> {
  const args = readArgs(argv);
  if (typeof args === 'string') {
    io.err(args);
    io.err(USAGE);
    return 1;
  }
  const department = await deps.db.models.Department.findOne({
    where: { uscc: args.uscc },
  });
  if (department === null) {
    io.err(`没有统一社会信用代码为 ${args.uscc} 的部门`);
    return 1;
  }

  let content: Buffer;
  try {
    content = fs.readFileSync(args.file);
  } catch {
    io.err(`无法读取文件 ${args.file}`);
    return 1;
  }

  try {
    const report = await importRecords(deps, args.source, content, now, {
      department,
      actor: 'cli',
    });
    const { counts } = report;
    io.out(
      `${department.name} ${args.source}: ${report.rows} 行，新增 ${counts.created}，更新 ${counts.updated}，未变 ${counts.unchanged}，拒收 ${counts.rejected}`,
    );
    for (const p of report.problems) {
      io.out(`第 ${p.row} 行\t${p.column}\t${p.code}\t${p.message}`);
    }
    return counts.rejected > 0 ? 2 : 0;
  } catch (error) {
    if (error instanceof AppError) {
      const details =
        error.details === undefined ? '' : ` ${JSON.stringify(error.details)}`;
      io.err(`${error.code}: ${error.message}${details}`);
      return 1;
    }
    throw error;
  }
}

type Args = { file: string; source: ImportSource; uscc: string };

function readArgs(argv: string[]): Args | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      // Taken as lists so that an option given twice is refused rather
      // than silently the last one winning.
      options: {
        source: { type: 'string', multiple: true },
        department: { type: 'string', multiple: true },
      },
    });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const { positionals, values } = parsed;
  if (positionals.length !== 1) return 'give exactly one file';
  if ((values.source?.length ?? 0) > 1) return 'give --source once';
  if ((values.department?.length ?? 0) > 1) return 'give --department once';
  const source = SOURCES.find((s) => s === values.source?.[0]);
  if (source === undefined)
    return '--source must be penalties, licenses or lists';
  const uscc = parseUscc(values.department?.[0] ?? '');
  if (!uscc.ok) return '--department must be a valid USCC';
  return { file: positionals[0], source, uscc: uscc.value };
}

// Records in, two ways through the one import path: a file uploaded by
// staff, or rows pushed by the department's system with a signed request.
import type Router from '@koa/router';
import type { ImportReportView } from '@creditplus/shared';
import { z } from 'zod';

import type { AppDeps } from '../../app';
import { currentUser } from '../../auth/requireUser';
import { AppError } from '../../errors';
import { fileUpload } from '../../http/fileUpload';
import { parseBody } from '../../http/parseBody';
import type { AppState } from '../../http/state';
import { verifySignature } from '../../http/verifySignature';
import { readPushRows } from '../../services/import/readPushRows';
import {
  ImportReport,
  importRecords,
  importTable,
} from '../../services/importRecords';
import { importSource, staffDepartmentId, staffOnly } from './guards';

export const UPLOAD_MAX_BYTES = 20 * 1024 * 1024;
const PUSH_MAX_ROWS = 5000;

const uploadFields = z.strictObject({ source: importSource });

const pushBody = z.strictObject({
  rows: z
    .array(z.record(z.string(), z.union([z.string(), z.number(), z.null()])))
    .min(1)
    .max(PUSH_MAX_ROWS),
});

export function addIntake(router: Router<AppState>, deps: AppDeps): void {
  const importDeps = { ...deps, dataKey: deps.config.dataKey };

  router.post(
    '/api/department/uploads',
    ...staffOnly(deps),
    fileUpload('file', UPLOAD_MAX_BYTES),
    async (ctx) => {
      const { source } = parseBody(uploadFields, ctx);
      const department = await deps.db.models.Department.findByPk(
        staffDepartmentId(ctx),
        { rejectOnEmpty: true },
      );
      const report = await importRecords(
        importDeps,
        source,
        (ctx.file as { buffer: Buffer }).buffer,
        new Date(),
        { department, actor: `user:${currentUser(ctx).id}` },
      );
      ctx.state.log.info(
        { departmentId: department.id, source, counts: report.counts },
        'records uploaded',
      );
      ctx.body = toReportView(report);
    },
  );

  router.post(
    '/api/department/push/:source',
    verifySignature({ db: deps.db, dataKey: deps.config.dataKey }),
    async (ctx) => {
      const source = importSource.safeParse(ctx.params.source);
      if (!source.success) throw new AppError('not_found');
      const { rows } = parseBody(pushBody, ctx);
      const key = ctx.state.pushKey as { keyId: string; departmentId: number };
      const department = await deps.db.models.Department.findByPk(
        key.departmentId,
        { rejectOnEmpty: true },
      );
      const report = await importTable(
        importDeps,
        source.data,
        readPushRows(rows),
        new Date(),
        { department, actor: `key:${key.keyId}` },
      );
      ctx.state.log.info(
        { keyId: key.keyId, source: source.data, counts: report.counts },
        'records pushed',
      );
      ctx.body = toReportView(report);
    },
  );
}

function toReportView(report: ImportReport): ImportReportView {
  const { source, rows, counts, outcomes, problems } = report;
  return { source, rows, counts, outcomes, problems };
}

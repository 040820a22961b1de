// Receives one uploaded file in memory, up to a size limit, through multer
// (busboy underneath). Multer's errors become the API's own codes.
import multer from '@koa/multer';
import type { Middleware } from 'koa';
import { MulterError } from 'multer';

import { AppError } from '../errors';
import type { AppState } from './state';

export function fileUpload(
  field: string,
  maxBytes: number,
): Middleware<AppState> {
  const receive = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: maxBytes, files: 1, fields: 5, fieldSize: 1024 },
  }).single(field);

  return async (ctx, next) => {
    if (!ctx.is('multipart/form-data')) throw new AppError('missing_file');
    try {
      await receive(ctx, async () => undefined);
    } catch (error) {
      throw uploadError(error);
    }
    if (!ctx.file) throw new AppError('missing_file');
    await next();
  };
}

// What the form got wrong, by multer's code, in the client's words.
const formProblems: Partial<Record<MulterError['code'], string>> = {
  LIMIT_UNEXPECTED_FILE: '只能上传一个文件，且须放在表单字段 file 中',
  LIMIT_FILE_COUNT: '只能上传一个文件，且须放在表单字段 file 中',
  LIMIT_PART_COUNT: '表单字段过多',
  LIMIT_FIELD_COUNT: '表单字段过多',
  LIMIT_FIELD_KEY: '表单字段名过长',
  LIMIT_FIELD_VALUE: '表单字段值过长',
  MISSING_FIELD_NAME: '表单字段缺少名称',
};

function uploadError(error: unknown): AppError {
  if (error instanceof MulterError) {
    return error.code === 'LIMIT_FILE_SIZE'
      ? new AppError('upload_too_large')
      : new AppError('validation_failed', {
          reason: error.code,
          message: formProblems[error.code] ?? '表单格式不正确',
        });
  }
  // busboy refuses a malformed multipart body with a plain Error.
  return new AppError('validation_failed', {
    reason: 'malformed_multipart',
    message: '表单格式不正确（multipart 正文不完整或边界有误）',
  });
}

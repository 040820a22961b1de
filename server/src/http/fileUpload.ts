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

function uploadError(error: unknown): AppError {
  if (error instanceof MulterError) {
    return error.code === 'LIMIT_FILE_SIZE'
      ? new AppError('upload_too_large')
      : new AppError('validation_failed', { reason: error.code });
  }
  // busboy refuses a malformed multipart body with a plain Error.
  return new AppError('validation_failed');
}

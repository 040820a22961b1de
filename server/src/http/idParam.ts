// Reads a numeric id from the path. Only plain decimal digits count, so
// `0x1`, `1e0` or ` 1` never reach a row they were not meant to name.
import { AppError, type ErrorCode } from '../errors';

const decimalId = /^[1-9]\d{0,14}$/;

export function idParam(value: string | undefined, missing: ErrorCode): number {
  if (value === undefined || !decimalId.test(value)) {
    throw new AppError(missing);
  }
  return Number(value);
}

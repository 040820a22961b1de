// What the redeem page says when a voucher is refused. A second scan of a
// redeemed voucher says when and where it was redeemed, as the server
// tells, so staff can answer the holder at the counter.
import { ApiError } from './apiError';
import { formatDateTime } from './dates';

interface EarlierRedemption {
  redeemedAt: string;
  merchant: string;
  staff: string | null;
}

function isEarlierRedemption(value: unknown): value is EarlierRedemption {
  if (typeof value !== 'object' || value === null) return false;
  const { redeemedAt, merchant } = value as Record<string, unknown>;
  return typeof redeemedAt === 'string' && typeof merchant === 'string';
}

export function redeemRefusal(error: unknown): string {
  if (!(error instanceof Error)) return '核销失败，请重试';
  if (
    error instanceof ApiError &&
    error.code === 'voucher_already_redeemed' &&
    isEarlierRedemption(error.details)
  ) {
    const { redeemedAt, merchant, staff } = error.details;
    const by = staff ? `，经办人 ${staff}` : '';
    return (
      `${error.message}：${formatDateTime(redeemedAt)} ` +
      `于${merchant}核销${by}`
    );
  }
  return error.message;
}

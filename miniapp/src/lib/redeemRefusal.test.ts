import { ApiError } from './apiError';
import { redeemRefusal } from './redeemRefusal';

describe('redeemRefusal', () => {
  test('a second scan says when, where and by whom it was redeemed', () => {
    const error = new ApiError(
      409,
      'voucher_already_redeemed',
      '凭证已核销',
      'r1',
      {
        redeemedAt: '2026-12-03T05:07:00Z',
        merchant: '九江濂源图书有限公司',
        staff: '图***员',
      },
    );
    expect(redeemRefusal(error)).toBe(
      '凭证已核销：2026-12-03 13:07 于九江濂源图书有限公司核销，经办人 图***员',
    );
  });

  test('other refusals keep the server’s message', () => {
    const expired = new ApiError(410, 'voucher_expired', '凭证已过期');
    expect(redeemRefusal(expired)).toBe('凭证已过期');
    const odd = new ApiError(
      409,
      'voucher_already_redeemed',
      '凭证已核销',
      'r',
      {
        merchant: 1,
      },
    );
    expect(redeemRefusal(odd)).toBe('凭证已核销');
    expect(redeemRefusal('boom')).toBe('核销失败，请重试');
  });
});

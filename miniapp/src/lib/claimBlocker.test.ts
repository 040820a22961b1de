import { claimBlocker } from './claimBlocker';

describe('claimBlocker', () => {
  const offer = { remaining: 3, perSubjectLimit: 2, myClaims: 0 };

  test('nothing stands in the way while places and the limit allow', () => {
    expect(claimBlocker(offer)).toBeNull();
    expect(claimBlocker({ ...offer, myClaims: 1 })).toBeNull();
  });

  test('the per-person limit, then an empty offer, stop a claim', () => {
    expect(claimBlocker({ ...offer, myClaims: 2 })).toBe('已达到每人领取上限');
    expect(claimBlocker({ ...offer, remaining: 0 })).toBe('已领完');
    expect(claimBlocker({ ...offer, remaining: 0, myClaims: 2 })).toBe(
      '已达到每人领取上限',
    );
  });
});

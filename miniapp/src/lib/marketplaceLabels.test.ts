import { isCancellable, isEditable, offerActions } from './marketplaceLabels';

describe('offerActions', () => {
  it.each([
    ['draft', ['submit']],
    ['in_review', []],
    ['published', ['pause', 'end']],
    ['paused', ['resume', 'end']],
    ['ended', []],
  ] as const)('a %s offer allows %j', (status, actions) => {
    expect(offerActions(status)).toEqual(actions);
  });

  it('lets only drafts be edited', () => {
    expect(isEditable('draft')).toBe(true);
    expect(isEditable('published')).toBe(false);
  });
});

describe('isCancellable', () => {
  const now = new Date('2026-12-03T00:00:00Z');
  const later = '2026-12-04T00:00:00Z';

  it('lets an unused voucher go back before it expires', () => {
    expect(isCancellable({ status: 'issued', expiresAt: later }, now)).toBe(
      true,
    );
  });

  it.each(['redeemed', 'cancelled', 'expired'] as const)(
    'keeps a %s voucher',
    (status) => {
      expect(isCancellable({ status, expiresAt: later }, now)).toBe(false);
    },
  );

  it('keeps an issued voucher whose time has run out', () => {
    const expiresAt = '2026-12-02T23:59:59Z';
    expect(isCancellable({ status: 'issued', expiresAt }, now)).toBe(false);
  });
});

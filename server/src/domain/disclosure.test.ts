import { CountableRecord, disclosureEnd, recordCounts } from './disclosure';

describe('disclosureEnd', () => {
  test('minor penalties are never shown', () => {
    expect(disclosureEnd('minor', '2026-01-10', '2026-04-10')).toBeNull();
  });

  test('a department end within the maximum stands', () => {
    expect(disclosureEnd('general', '2026-01-10', '2026-04-10')).toBe(
      '2026-04-10',
    );
  });

  test('without an end, the maximum of the severity applies', () => {
    expect(disclosureEnd('general', '2026-01-10', null)).toBe('2027-01-10');
    expect(disclosureEnd('serious', '2026-01-10', null)).toBe('2029-01-10');
  });

  test('an end past three years is cut to three years', () => {
    expect(disclosureEnd('serious', '2026-01-10', '2031-01-10')).toBe(
      '2029-01-10',
    );
  });
});

describe('recordCounts', () => {
  const general: CountableRecord = {
    status: 'active',
    severity: 'general',
    decisionDate: '2026-03-01',
    disclosureEnd: '2026-09-01',
  };

  test('counts from the decision date through the last day', () => {
    expect(recordCounts(general, '2026-02-28')).toBe(false);
    expect(recordCounts(general, '2026-03-01')).toBe(true);
    expect(recordCounts(general, '2026-09-01')).toBe(true);
    expect(recordCounts(general, '2026-09-02')).toBe(false);
  });

  test('revoked and expired records never count', () => {
    expect(recordCounts({ ...general, status: 'revoked' }, '2026-05-01')).toBe(
      false,
    );
    expect(recordCounts({ ...general, status: 'expired' }, '2026-05-01')).toBe(
      false,
    );
  });

  test('minor penalties never count', () => {
    const minor = { ...general, severity: 'minor' as const };
    expect(recordCounts(minor, '2026-05-01')).toBe(false);
  });

  test('a record without an end counts from its date on', () => {
    const open = { ...general, severity: null, disclosureEnd: null };
    expect(recordCounts(open, '2099-01-01')).toBe(true);
  });
});

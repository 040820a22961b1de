import {
  disclosureLine,
  shownAmountFen,
  shownDocNumber,
  STANDING_LABEL,
  standingOf,
} from './recordDisplay';

describe('standingOf', () => {
  it.each([
    ['active', true, 'general', '有效'],
    ['active', false, 'general', '不再计分'],
    ['active', false, 'minor', '不计分'],
    ['active', false, null, '不再计分'],
    ['revoked', false, 'serious', '已撤销'],
    ['expired', false, 'minor', '已过期'],
  ] as const)(
    '%s, counts %s, severity %s reads %s',
    (status, counts, severity, label) => {
      expect(STANDING_LABEL[standingOf({ status, counts, severity })]).toBe(
        label,
      );
    },
  );
});

describe('disclosureLine', () => {
  it('gives the end, or says a minor penalty is not disclosed', () => {
    expect(
      disclosureLine({ severity: 'general', disclosureEnd: '2027-05-09' }),
    ).toBe('公示截止 2027-05-09');
    expect(disclosureLine({ severity: 'minor', disclosureEnd: null })).toBe(
      '轻微，不予公示',
    );
    expect(disclosureLine({ severity: null, disclosureEnd: null })).toBe(
      '公示截止 未注明',
    );
  });
});

describe('shownDocNumber', () => {
  it('shows the document number of a penalty or a license', () => {
    expect(
      shownDocNumber({ type: 'penalty', docNumber: '浔卫生罚〔2025〕101号' }),
    ).toBe('浔卫生罚〔2025〕101号');
    expect(shownDocNumber({ type: 'license', docNumber: '' })).toBeNull();
  });

  it('never passes the key made up for a list entry off as a number', () => {
    const key = '守信激励名单/2026-04-01/0a1b2c3d4e5f6a7b';
    expect(shownDocNumber({ type: 'redlist', docNumber: key })).toBeNull();
    expect(shownDocNumber({ type: 'blacklist', docNumber: key })).toBeNull();
    expect(
      shownDocNumber({ type: 'performance', docNumber: '信用+履约-12' }),
    ).toBeNull();
  });
});

describe('shownAmountFen', () => {
  it('shows a fine and leaves out a penalty without one', () => {
    expect(shownAmountFen({ amountFen: 1_500_000 })).toBe(1_500_000);
    expect(shownAmountFen({ amountFen: 0 })).toBeNull();
    expect(shownAmountFen({ amountFen: null })).toBeNull();
  });
});

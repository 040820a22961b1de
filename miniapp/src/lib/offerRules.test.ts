import { describeEligibility, describeValue } from './offerRules';

const open = {
  subjectKinds: ['person' as const],
  minGrade: null,
  minScore: null,
  redlistOnly: false,
  excludedLists: [],
  regionPrefix: null,
};

describe('describeEligibility', () => {
  it('names only the kinds when nothing else is asked', () => {
    expect(describeEligibility(open)).toEqual(['个人']);
  });

  it('names every rule an offer sets', () => {
    expect(
      describeEligibility({
        subjectKinds: ['person', 'organization'],
        minGrade: 'B',
        minScore: 600,
        redlistOnly: true,
        excludedLists: ['watchlist', 'abnormal_ops'],
        regionPrefix: '3604',
      }),
    ).toEqual([
      '个人、企业和组织',
      '信用 B 级及以上',
      '信用分 600 以上',
      '仅限红名单',
      '不含重点关注名单',
      '不含abnormal_ops',
      '地区代码 3604*',
    ]);
  });

  it('keeps a minimum score of 0 as a rule', () => {
    expect(describeEligibility({ ...open, minScore: 0 })).toContain(
      '信用分 0 以上',
    );
  });
});

describe('describeValue', () => {
  it.each([
    [
      { kind: 'deposit_waiver', valueFen: 30000, discountPercent: null },
      '免押 ¥300',
    ],
    [
      { kind: 'discount', valueFen: 1250, discountPercent: null },
      '立减 ¥12.50',
    ],
    [{ kind: 'discount', valueFen: null, discountPercent: 15 }, '优惠 15%'],
    [{ kind: 'fast_track', valueFen: null, discountPercent: null }, ''],
  ] as const)('%j reads %s', (offer, text) => {
    expect(describeValue(offer)).toBe(text);
  });
});

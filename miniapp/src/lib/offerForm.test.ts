import type { MerchantOfferView } from '@creditplus/shared';
import {
  emptyOfferForm,
  formFromOffer,
  gradeChoices,
  readOfferForm,
  type OfferForm,
} from './offerForm';

const TODAY = '2026-12-03';

function form(changes: Partial<OfferForm> = {}): OfferForm {
  return {
    ...emptyOfferForm(TODAY),
    title: '建材工具免押租用',
    valueYuan: '300',
    ...changes,
  };
}

function errorsOf(changes: Partial<OfferForm>) {
  const read = readOfferForm(form(changes));
  if (read.ok) throw new Error('expected the form to be refused');
  return read.errors;
}

describe('readOfferForm', () => {
  it('turns a deposit waiver into a draft in fen and Beijing days', () => {
    const read = readOfferForm(form({ minGrade: 'B', valueYuan: '299.9' }));
    expect(read).toEqual({
      ok: true,
      draft: {
        title: '建材工具免押租用',
        description: '',
        kind: 'deposit_waiver',
        scene: 'huimin',
        subjectKinds: ['person'],
        minGrade: 'B',
        minScore: null,
        redlistOnly: false,
        excludedLists: ['watchlist'],
        regionPrefix: null,
        quota: 100,
        perSubjectLimit: 1,
        perDayQuota: null,
        valueFen: 29990,
        discountPercent: null,
        validFrom: '2026-12-03T00:00:00+08:00',
        validTo: '2027-01-02T23:59:59+08:00',
        voucherTtlHours: 72,
      },
    });
  });

  it('sends a percent discount without an amount', () => {
    const read = readOfferForm(
      form({ kind: 'discount', discountBy: 'percent', discountPercent: '15' }),
    );
    expect(
      read.ok && [read.draft.valueFen, read.draft.discountPercent],
    ).toEqual([null, 15]);
  });

  it('sends no value for a fast track, whatever the amount field holds', () => {
    const read = readOfferForm(form({ kind: 'fast_track', valueYuan: '9' }));
    expect(read.ok && read.draft.valueFen).toBeNull();
  });

  it('names every wrong field at once', () => {
    expect(
      errorsOf({
        title: 'x',
        valueYuan: '1.234',
        quota: '0',
        perSubjectLimit: 'two',
        regionPrefix: '36a',
        validTo: '2026-12-02',
        subjectKinds: [],
        minScore: '1001',
      }),
    ).toEqual({
      title: '名称须为 2 到 100 个字',
      valueYuan: '金额须为数字，最多两位小数',
      quota: '须在 1 到 1000000 之间',
      perSubjectLimit: '请填写整数',
      regionPrefix: '地区代码须为 2 到 6 位数字，如 3604',
      validTo: '结束日期不能早于开始日期',
      subjectKinds: '请至少选择一类主体',
      minScore: '须在 0 到 1000 之间',
    });
  });

  it('keeps the daily quota within the total', () => {
    expect(errorsOf({ quota: '10', perDayQuota: '11' })).toEqual({
      perDayQuota: '每日名额不能超过总名额',
    });
  });

  it('refuses a grade the chosen kinds do not have', () => {
    expect(
      errorsOf({ subjectKinds: ['organization'], minGrade: 'AA' }),
    ).toEqual({ minGrade: '所选主体类型没有这个等级' });
  });

  it('refuses a date that is not on the calendar', () => {
    expect(errorsOf({ validTo: '2027-02-30' })).toEqual({
      validTo: '请选择结束日期',
    });
  });

  it('asks a discount for its percent when it is not an amount', () => {
    expect(errorsOf({ kind: 'discount', discountBy: 'percent' })).toEqual({
      discountPercent: '请填写整数',
    });
  });
});

describe('gradeChoices', () => {
  it('offers the grades every chosen kind has', () => {
    expect(gradeChoices(['person'])).toEqual(['AAA', 'AA', 'A', 'B', 'C', 'D']);
    expect(gradeChoices(['person', 'organization'])).toEqual([
      'A',
      'B',
      'C',
      'D',
    ]);
    expect(gradeChoices([])).toEqual([]);
  });
});

describe('formFromOffer', () => {
  it('gives back the form a draft was saved from', () => {
    const original = form({
      kind: 'discount',
      discountBy: 'amount',
      valueYuan: '12.50',
      minScore: '600',
      perDayQuota: '20',
      regionPrefix: '3604',
      redlistOnly: true,
    });
    const read = readOfferForm(original);
    if (!read.ok) throw new Error('the form should read');
    const { draft } = read;
    const saved = {
      ...draft,
      id: 7,
      merchant: { id: 1, name: '店' },
      minGrade: draft.minGrade ?? null,
      minScore: draft.minScore ?? null,
      redlistOnly: draft.redlistOnly ?? false,
      excludedLists: draft.excludedLists ?? [],
      regionPrefix: draft.regionPrefix ?? null,
      perSubjectLimit: draft.perSubjectLimit ?? 1,
      perDayQuota: draft.perDayQuota ?? null,
      valueFen: draft.valueFen ?? null,
      discountPercent: draft.discountPercent ?? null,
      // The server answers in UTC.
      validFrom: '2026-12-02T16:00:00.000Z',
      validTo: '2027-01-02T15:59:59.000Z',
      remaining: 100,
      status: 'draft',
      reviewReason: null,
      reviewedAt: null,
      stats: {
        claims: 0,
        redemptions: 0,
        cancellations: 0,
        depositWaivedFen: 0,
      },
    } satisfies MerchantOfferView;
    expect(formFromOffer(saved)).toEqual(original);
  });
});

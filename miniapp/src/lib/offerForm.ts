// The merchant's offer form: what the inputs hold (text, as typed), the
// draft it becomes for the API, and a Chinese message per field that is
// wrong, checked before anything is sent. The server checks again; these
// rules only spare the merchant a round trip.
import {
  gradesOf,
  isCalendarDate,
  type MerchantOfferView,
  type OfferDraft,
  type OfferKind,
  type OfferScene,
  type SubjectKind,
} from '@creditplus/shared';
import { formatDay } from './dates';
import { fenToYuanText, parseYuan } from './yuan';

export interface OfferForm {
  title: string;
  description: string;
  kind: OfferKind;
  scene: OfferScene;
  subjectKinds: SubjectKind[];
  /** '' means any grade. */
  minGrade: string;
  minScore: string;
  redlistOnly: boolean;
  excludeWatchlist: boolean;
  regionPrefix: string;
  quota: string;
  perSubjectLimit: string;
  perDayQuota: string;
  /** A discount is an amount off or a percent off, never both. */
  discountBy: 'amount' | 'percent';
  valueYuan: string;
  discountPercent: string;
  /** Business dates, YYYY-MM-DD in Asia/Shanghai, both days included. */
  validFrom: string;
  validTo: string;
  voucherTtlHours: string;
}

export type OfferField = keyof OfferForm;
export type FormErrors = Partial<Record<OfferField, string>>;

export type ReadForm =
  { ok: true; draft: OfferDraft } | { ok: false; errors: FormErrors };

const WATCHLIST = 'watchlist';
const DEFAULT_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS)
    .toISOString()
    .slice(0, 10);
}

export function emptyOfferForm(today: string): OfferForm {
  return {
    title: '',
    description: '',
    kind: 'deposit_waiver',
    scene: 'huimin',
    subjectKinds: ['person'],
    minGrade: '',
    minScore: '',
    redlistOnly: false,
    excludeWatchlist: true,
    regionPrefix: '',
    quota: '100',
    perSubjectLimit: '1',
    perDayQuota: '',
    discountBy: 'amount',
    valueYuan: '',
    discountPercent: '',
    validFrom: today,
    validTo: addDays(today, DEFAULT_DAYS),
    voucherTtlHours: '72',
  };
}

/** A draft sent back for editing, as the form shows it. */
export function formFromOffer(offer: MerchantOfferView): OfferForm {
  const text = (value: number | null) => (value === null ? '' : String(value));
  return {
    title: offer.title,
    description: offer.description,
    kind: offer.kind,
    scene: offer.scene,
    subjectKinds: offer.subjectKinds,
    minGrade: offer.minGrade ?? '',
    minScore: text(offer.minScore),
    redlistOnly: offer.redlistOnly,
    excludeWatchlist: offer.excludedLists.includes(WATCHLIST),
    regionPrefix: offer.regionPrefix ?? '',
    quota: String(offer.quota),
    perSubjectLimit: String(offer.perSubjectLimit),
    perDayQuota: text(offer.perDayQuota),
    discountBy: offer.discountPercent === null ? 'amount' : 'percent',
    valueYuan: offer.valueFen === null ? '' : fenToYuanText(offer.valueFen),
    discountPercent: text(offer.discountPercent),
    validFrom: formatDay(offer.validFrom),
    // Stored as the last second of the day, so its day is the last one.
    validTo: formatDay(offer.validTo),
    voucherTtlHours: String(offer.voucherTtlHours),
  };
}

/**
 * The grades the offer may ask for: those of every chosen kind, because
 * 'A' is a grade of persons and of organizations but 'AA' only of persons.
 */
export function gradeChoices(kinds: SubjectKind[]): string[] {
  if (kinds.length === 0) return [];
  const [first, ...rest] = kinds;
  return gradesOf(first).filter((grade) =>
    rest.every((kind) => (gradesOf(kind) as string[]).includes(grade)),
  );
}

/** Whether the kind names an amount (deposit, amount off) in yuan. */
export function needsAmount(form: Pick<OfferForm, 'kind' | 'discountBy'>) {
  return (
    form.kind === 'deposit_waiver' ||
    (form.kind === 'discount' && form.discountBy === 'amount')
  );
}

type Count = { ok: true; value: number } | { ok: false; message: string };

function readCount(text: string, min: number, max: number): Count {
  const value = text.trim();
  if (!/^\d+$/.test(value)) return { ok: false, message: '请填写整数' };
  const n = Number(value);
  if (n < min || n > max) {
    return { ok: false, message: `须在 ${min} 到 ${max} 之间` };
  }
  return { ok: true, value: n };
}

function isDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return (
    match !== null &&
    isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))
  );
}

export function readOfferForm(form: OfferForm): ReadForm {
  const errors: FormErrors = {};
  const count = (
    field: OfferField,
    min: number,
    max: number,
    optional = false,
  ): number | null => {
    const text = String(form[field]).trim();
    if (optional && text === '') return null;
    const read = readCount(text, min, max);
    if (read.ok) return read.value;
    errors[field] = read.message;
    return null;
  };

  const title = form.title.trim();
  if ([...title].length < 2 || [...title].length > 100) {
    errors.title = '名称须为 2 到 100 个字';
  }
  if ([...form.description.trim()].length > 1000) {
    errors.description = '说明不能超过 1000 个字';
  }
  if (form.subjectKinds.length === 0) {
    errors.subjectKinds = '请至少选择一类主体';
  }
  if (
    form.minGrade !== '' &&
    !gradeChoices(form.subjectKinds).includes(form.minGrade)
  ) {
    errors.minGrade = '所选主体类型没有这个等级';
  }
  const minScore = count('minScore', 0, 1000, true);
  const region = form.regionPrefix.trim();
  if (region !== '' && !/^\d{2,6}$/.test(region)) {
    errors.regionPrefix = '地区代码须为 2 到 6 位数字，如 3604';
  }

  const quota = count('quota', 1, 1_000_000);
  const perSubjectLimit = count('perSubjectLimit', 1, 100);
  const perDayQuota = count('perDayQuota', 1, 1_000_000, true);
  if (quota !== null && perDayQuota !== null && perDayQuota > quota) {
    errors.perDayQuota = '每日名额不能超过总名额';
  }

  let valueFen: number | null = null;
  let discountPercent: number | null = null;
  if (needsAmount(form)) {
    const amount = parseYuan(form.valueYuan);
    if (amount.ok) valueFen = amount.fen;
    else errors.valueYuan = amount.message;
  } else if (form.kind === 'discount') {
    discountPercent = count('discountPercent', 1, 99);
  }

  if (!isDay(form.validFrom)) errors.validFrom = '请选择开始日期';
  if (!isDay(form.validTo)) errors.validTo = '请选择结束日期';
  else if (isDay(form.validFrom) && form.validTo < form.validFrom) {
    errors.validTo = '结束日期不能早于开始日期';
  }
  const voucherTtlHours = count('voucherTtlHours', 1, 24 * 366);

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    draft: {
      title,
      description: form.description.trim(),
      kind: form.kind,
      scene: form.scene,
      subjectKinds: form.subjectKinds,
      minGrade: form.minGrade === '' ? null : form.minGrade,
      minScore,
      redlistOnly: form.redlistOnly,
      excludedLists: form.excludeWatchlist ? [WATCHLIST] : [],
      regionPrefix: region === '' ? null : region,
      quota: quota as number,
      perSubjectLimit: perSubjectLimit as number,
      perDayQuota,
      valueFen,
      discountPercent,
      // Both days count whole, on Beijing time.
      validFrom: `${form.validFrom}T00:00:00+08:00`,
      validTo: `${form.validTo}T23:59:59+08:00`,
      voucherTtlHours: voucherTtlHours as number,
    },
  };
}

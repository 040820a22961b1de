// The body that creates an offer or replaces a draft: each field checked
// on its own, then the rules across fields (a deposit waiver names its
// amount, a discount a percent or an amount, the window runs forward, the
// minimum grade exists for every subject kind the offer is for).
import { gradesOf, isGrade, OfferDraft } from '@creditplus/shared';
import { z } from 'zod';

const MAX_QUOTA = 1_000_000;
const MAX_FEN = 100_000_000;

const subjectKind = z.enum(['person', 'organization']);

export const offerBody = z
  .strictObject({
    title: z.string().trim().min(2).max(100),
    description: z.string().trim().max(1000),
    kind: z.enum(['deposit_waiver', 'discount', 'fast_track', 'priority']),
    scene: z.enum(['huimin', 'huiqi', 'huishang', 'huishi']),
    subjectKinds: z
      .array(subjectKind)
      .min(1)
      .max(2)
      .refine((kinds) => new Set(kinds).size === kinds.length, '不能重复'),
    minGrade: z.string().max(4).nullable().optional(),
    minScore: z.number().int().min(0).max(1000).nullable().optional(),
    redlistOnly: z.boolean().optional(),
    excludedLists: z
      .array(z.string().regex(/^[a-z_]{3,32}$/, '须为 3–32 位小写字母或下划线'))
      .max(5)
      .optional(),
    regionPrefix: z
      .string()
      .regex(/^\d{2,6}$/, '须为行政区划代码的前 2–6 位数字')
      .nullable()
      .optional(),
    quota: z.number().int().min(1).max(MAX_QUOTA),
    perSubjectLimit: z.number().int().min(1).max(100).optional(),
    perDayQuota: z.number().int().min(1).max(MAX_QUOTA).nullable().optional(),
    valueFen: z.number().int().min(1).max(MAX_FEN).nullable().optional(),
    discountPercent: z.number().int().min(1).max(99).nullable().optional(),
    validFrom: z.iso.datetime({ offset: true }),
    validTo: z.iso.datetime({ offset: true }),
    voucherTtlHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 366),
  })
  .superRefine((draft, ctx) => {
    const problem = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message });

    if (Date.parse(draft.validTo) <= Date.parse(draft.validFrom)) {
      problem('validTo', '结束时间须晚于开始时间');
    }
    if (draft.perDayQuota != null && draft.perDayQuota > draft.quota) {
      problem('perDayQuota', '每日名额不能超过总名额');
    }
    const minGrade = draft.minGrade;
    if (minGrade != null) {
      for (const kind of draft.subjectKinds) {
        if (!isGrade(kind, minGrade)) {
          problem(
            'minGrade',
            `等级须为 ${gradesOf(kind).join('、')} 之一（适用于所选主体类型）`,
          );
        }
      }
    }
    checkValue(draft, problem);
  }) satisfies z.ZodType<OfferDraft>;

// What the offer gives must be stated once and in the kind's own terms.
function checkValue(
  draft: Pick<OfferDraft, 'kind' | 'valueFen' | 'discountPercent'>,
  problem: (path: string, message: string) => void,
): void {
  const hasAmount = draft.valueFen != null;
  const hasPercent = draft.discountPercent != null;
  if (draft.kind === 'deposit_waiver') {
    if (!hasAmount) problem('valueFen', '免押金权益须填写免除的押金金额（分）');
    if (hasPercent) problem('discountPercent', '免押金权益不能填写折扣比例');
  } else if (draft.kind === 'discount') {
    if (hasAmount === hasPercent) {
      problem('discountPercent', '优惠权益须填写减免金额或折扣比例之一');
    }
  } else if (hasAmount || hasPercent) {
    problem('valueFen', '绿色通道和优先服务不填写金额或折扣');
  }
}

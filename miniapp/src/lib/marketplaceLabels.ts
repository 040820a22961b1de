// Chinese names for the marketplace's states, and which moves each offer
// state allows (the lifecycle of docs/contract.md), so a page shows only
// the buttons the server would accept.
import type {
  MerchantStatus,
  OfferAction,
  OfferStatus,
  VoucherView,
} from '@creditplus/shared';

export const OFFER_STATUS: Record<OfferStatus, string> = {
  draft: '草稿',
  in_review: '审核中',
  published: '已发布',
  paused: '已暂停',
  ended: '已结束',
};

export const MERCHANT_STATUS: Record<MerchantStatus, string> = {
  pending: '待审核',
  approved: '已通过',
  refused: '未通过',
};

export const OFFER_ACTION: Record<OfferAction, string> = {
  submit: '提交审核',
  pause: '暂停',
  resume: '恢复',
  end: '结束',
};

const MOVES: Record<OfferStatus, OfferAction[]> = {
  draft: ['submit'],
  in_review: [],
  published: ['pause', 'end'],
  paused: ['resume', 'end'],
  ended: [],
};

export function offerActions(status: OfferStatus): OfferAction[] {
  return MOVES[status];
}

/** Only drafts are edited; a refused offer comes back as a draft. */
export function isEditable(status: OfferStatus): boolean {
  return status === 'draft';
}

/** An unused voucher may be given back until it expires. */
export function isCancellable(
  voucher: Pick<VoucherView, 'status' | 'expiresAt'>,
  now: Date = new Date(),
): boolean {
  return (
    voucher.status === 'issued' && Date.parse(voucher.expiresAt) > now.getTime()
  );
}

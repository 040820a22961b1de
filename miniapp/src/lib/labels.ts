// Chinese names for the API's enum values.
import type {
  OfferKind,
  OfferScene,
  RecordStatus,
  RecordType,
  Severity,
  SubjectKind,
  VoucherStatus,
} from '@creditplus/shared';

export const VOUCHER_STATUS: Record<VoucherStatus, string> = {
  issued: '待使用',
  redeemed: '已核销',
  expired: '已过期',
  cancelled: '已取消',
};

export const RECORD_TYPE: Record<RecordType, string> = {
  penalty: '行政处罚',
  license: '行政许可',
  redlist: '红名单',
  blacklist: '黑名单',
  watchlist: '重点关注名单',
  performance: '履约记录',
};

export const RECORD_STATUS: Record<RecordStatus, string> = {
  active: '有效',
  revoked: '已撤销',
  expired: '已过公示期',
};

export const SEVERITY: Record<Severity, string> = {
  minor: '轻微',
  general: '一般',
  serious: '严重',
};

export const OFFER_KIND: Record<OfferKind, string> = {
  deposit_waiver: '免押金',
  fast_track: '绿色通道',
  discount: '优惠',
  priority: '优先服务',
};

export const OFFER_SCENE: Record<OfferScene, string> = {
  huimin: '惠民',
  huiqi: '惠企',
  huishang: '惠商',
  huishi: '惠市',
};

export const SUBJECT_KIND: Record<SubjectKind, string> = {
  person: '个人',
  organization: '企业和组织',
};

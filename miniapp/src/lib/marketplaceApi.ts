// One typed function per marketplace endpoint of docs/contract.md
// (issue 4): merchants and their offers, the office's review, and the
// subject's own side (cancelling, notifications, objections, query log).
import type {
  ClaimantGradeView,
  MerchantOfferView,
  MerchantRegistration,
  MerchantStatsView,
  MerchantStatus,
  MerchantView,
  NotificationView,
  ObjectionView,
  OfferAction,
  OfferDraft,
  PerformanceReportRequest,
  PerformanceReportView,
  QueryLogEntry,
  ReviewRequest,
  StaffInviteView,
  UserProfile,
  VoucherView,
} from '@creditplus/shared';
import type { ApiClient } from './apiClient';

export interface MarketplaceApi {
  registerMerchant(body: MerchantRegistration): Promise<MerchantView>;
  merchant(): Promise<MerchantView>;
  inviteStaff(): Promise<StaffInviteView>;
  acceptInvite(code: string): Promise<UserProfile>;
  merchantOffers(): Promise<MerchantOfferView[]>;
  createOffer(draft: OfferDraft): Promise<MerchantOfferView>;
  replaceOffer(id: number, draft: OfferDraft): Promise<MerchantOfferView>;
  moveOffer(id: number, action: OfferAction): Promise<MerchantOfferView>;
  merchantStats(): Promise<MerchantStatsView>;
  reportPerformance(
    voucherId: number,
    report: PerformanceReportRequest,
  ): Promise<PerformanceReportView>;
  claimantGrade(claimId: number): Promise<ClaimantGradeView>;
  pendingMerchants(): Promise<MerchantView[]>;
  reviewMerchant(id: number, review: ReviewRequest): Promise<MerchantView>;
  offersInReview(): Promise<MerchantOfferView[]>;
  reviewOffer(id: number, review: ReviewRequest): Promise<MerchantOfferView>;
  cancelVoucher(id: number): Promise<VoucherView>;
  notifications(): Promise<NotificationView[]>;
  object(recordId: number, reason: string): Promise<ObjectionView>;
  queryLog(): Promise<QueryLogEntry[]>;
}

export function createMarketplaceApi(client: ApiClient): MarketplaceApi {
  const get = <T>(path: string) => client.request<T>('GET', path);
  const post = <T>(path: string, body: unknown = {}) =>
    client.request<T>('POST', path, body);
  const pending: MerchantStatus = 'pending';

  return {
    registerMerchant: (body) => post('/api/merchants', body),
    merchant: () => get('/api/merchant'),
    inviteStaff: () => post('/api/merchant/invites'),
    acceptInvite: (code) => post('/api/staff-invites/accept', { code }),
    merchantOffers: () => get('/api/merchant/offers'),
    createOffer: (draft) => post('/api/merchant/offers', draft),
    replaceOffer: (id, draft) =>
      client.request('PUT', `/api/merchant/offers/${id}`, draft),
    moveOffer: (id, action) => post(`/api/merchant/offers/${id}/${action}`),
    merchantStats: () => get('/api/merchant/stats'),
    reportPerformance: (voucherId, report) =>
      post(`/api/merchant/redemptions/${voucherId}/performance`, report),
    claimantGrade: (claimId) => get(`/api/merchant/subjects/${claimId}/grade`),
    pendingMerchants: () => get(`/api/office/merchants?status=${pending}`),
    reviewMerchant: (id, review) =>
      post(`/api/office/merchants/${id}/review`, review),
    offersInReview: () => get('/api/office/offers?status=in_review'),
    reviewOffer: (id, review) =>
      post(`/api/office/offers/${id}/review`, review),
    cancelVoucher: (id) => post(`/api/me/vouchers/${id}/cancel`),
    notifications: () => get('/api/me/notifications'),
    object: (recordId, reason) =>
      post(`/api/me/records/${recordId}/objections`, { reason }),
    queryLog: () => get('/api/me/query-log'),
  };
}

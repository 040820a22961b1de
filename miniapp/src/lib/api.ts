// One typed function per endpoint of docs/contract.md.
import type {
  CreditRecordView,
  DevAccount,
  LoginResult,
  OfferView,
  Rating,
  RedemptionView,
  UserProfile,
  VoucherView,
} from '@creditplus/shared';
import type { ApiClient } from './apiClient';

export interface CreditApi {
  devAccounts(): Promise<DevAccount[]>;
  devLogin(login: string): Promise<LoginResult>;
  wechatLogin(code: string): Promise<LoginResult>;
  me(): Promise<UserProfile>;
  rating(): Promise<Rating>;
  records(): Promise<CreditRecordView[]>;
  offers(): Promise<OfferView[]>;
  claim(offerId: number, idempotencyKey: string): Promise<VoucherView>;
  vouchers(): Promise<VoucherView[]>;
  redeem(code: string): Promise<RedemptionView>;
  redemptions(): Promise<RedemptionView[]>;
}

export function createCreditApi(client: ApiClient): CreditApi {
  const get = <T>(path: string) => client.request<T>('GET', path);
  const post = <T>(path: string, body: unknown) =>
    client.request<T>('POST', path, body);

  return {
    devAccounts: () => get('/api/auth/dev-accounts'),
    devLogin: (login) => post('/api/auth/dev', { login }),
    wechatLogin: (code) => post('/api/auth/wechat', { code }),
    me: () => get('/api/me'),
    rating: () => get('/api/me/rating'),
    records: () => get('/api/me/records'),
    offers: () => get('/api/offers'),
    claim: (offerId, idempotencyKey) =>
      post(`/api/offers/${offerId}/claims`, { idempotencyKey }),
    vouchers: () => get('/api/me/vouchers'),
    redeem: (code) => post('/api/merchant/redemptions', { code }),
    redemptions: () => get('/api/merchant/redemptions'),
  };
}

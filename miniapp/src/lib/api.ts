// One typed function per endpoint of docs/contract.md.
import type {
  CreditRecordView,
  DepartmentRecordView,
  DepartmentRequest,
  DepartmentView,
  DevAccount,
  ImportReportView,
  ImportSource,
  JobView,
  LoginResult,
  ModelPublished,
  OfferView,
  Page,
  PublicOrganization,
  PublicOrganizationDetail,
  Rating,
  RatingHistoryPoint,
  RedemptionView,
  ScoringModelRequest,
  ScoringModelView,
  StaffInviteView,
  UserProfile,
  VoucherView,
} from '@creditplus/shared';
import type { ApiClient, LocalFile } from './apiClient';

export interface CreditApi {
  devAccounts(): Promise<DevAccount[]>;
  devLogin(login: string): Promise<LoginResult>;
  wechatLogin(code: string): Promise<LoginResult>;
  me(): Promise<UserProfile>;
  rating(): Promise<Rating>;
  ratingHistory(): Promise<RatingHistoryPoint[]>;
  records(): Promise<CreditRecordView[]>;
  offers(): Promise<OfferView[]>;
  claim(offerId: number, idempotencyKey: string): Promise<VoucherView>;
  vouchers(): Promise<VoucherView[]>;
  redeem(code: string): Promise<RedemptionView>;
  redemptions(): Promise<RedemptionView[]>;
  searchOrganizations(q: string): Promise<PublicOrganization[]>;
  organization(uscc: string, page: number): Promise<PublicOrganizationDetail>;
  uploadRecords(
    source: ImportSource,
    file: LocalFile,
  ): Promise<ImportReportView>;
  departmentRecords(
    q: string,
    page: number,
  ): Promise<Page<DepartmentRecordView>>;
  revokeRecord(id: number, reason: string): Promise<CreditRecordView>;
  scoringModels(): Promise<ScoringModelView[]>;
  publishScoringModel(model: ScoringModelRequest): Promise<ModelPublished>;
  job(id: number): Promise<JobView>;
  departments(): Promise<DepartmentView[]>;
  addDepartment(department: DepartmentRequest): Promise<DepartmentView>;
  inviteDepartmentStaff(departmentId: number): Promise<StaffInviteView>;
}

/** ?q=%E4%B9%9D&page=2, leaving out empty values. */
function query(params: Record<string, string | number>): string {
  const parts = Object.entries(params)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`);
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
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
    ratingHistory: () => get('/api/me/rating/history'),
    records: () => get('/api/me/records'),
    offers: () => get('/api/offers'),
    claim: (offerId, idempotencyKey) =>
      post(`/api/offers/${offerId}/claims`, { idempotencyKey }),
    vouchers: () => get('/api/me/vouchers'),
    redeem: (code) => post('/api/merchant/redemptions', { code }),
    redemptions: () => get('/api/merchant/redemptions'),
    searchOrganizations: (q) => get(`/api/public/organizations${query({ q })}`),
    organization: (uscc, page) =>
      get(
        `/api/public/organizations/${encodeURIComponent(uscc)}` +
          query({ page }),
      ),
    uploadRecords: (source, file) =>
      client.upload('/api/department/uploads', file, { source }),
    departmentRecords: (q, page) =>
      get(`/api/department/records${query({ q, page })}`),
    revokeRecord: (id, reason) =>
      post(`/api/department/records/${id}/revoke`, { reason }),
    scoringModels: () => get('/api/office/models'),
    publishScoringModel: (model) => post('/api/office/models', model),
    job: (id) => get(`/api/office/jobs/${id}`),
    departments: () => get('/api/office/departments'),
    addDepartment: (department) => post('/api/office/departments', department),
    inviteDepartmentStaff: (departmentId) =>
      post(`/api/office/departments/${departmentId}/invites`, {}),
  };
}

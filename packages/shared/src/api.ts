// Bodies of the HTTP API, shared by the server and the mini-program.
// docs/contract.md lists the endpoints that send and accept them.

export type SubjectKind = 'person' | 'organization';
export type UserRole =
  'citizen' | 'enterprise' | 'merchant' | 'office' | 'department';
export type OfferKind =
  'deposit_waiver' | 'fast_track' | 'discount' | 'priority';
export type OfferScene = 'huimin' | 'huiqi' | 'huishang' | 'huishi';
export type RecordType =
  'penalty' | 'license' | 'redlist' | 'blacklist' | 'watchlist' | 'performance';
export type RecordStatus = 'active' | 'revoked' | 'expired';
export type Severity = 'minor' | 'general' | 'serious';
export type VoucherStatus = 'issued' | 'redeemed' | 'expired' | 'cancelled';
export type OfferStatus =
  'draft' | 'in_review' | 'published' | 'paused' | 'ended';

export interface ApiErrorBody {
  error: {
    code: string;
    message: string;
    requestId?: string;
    details?: unknown;
  };
}

export interface SubjectSummary {
  id: number;
  kind: SubjectKind;
  name: string;
  /** Masked ID number or USCC, never the plain value. */
  codeMasked: string;
}

export interface UserProfile {
  id: number;
  displayName: string;
  role: UserRole;
  subject: SubjectSummary | null;
  merchant: { id: number; name: string } | null;
  /** The department a department staff member works for. */
  department: { id: number; name: string } | null;
}

export interface LoginResult {
  token: string;
  expiresAt: string;
  user: UserProfile;
}

export interface DevAccount {
  login: string;
  role: UserRole;
  displayName: string;
  description: string;
}

/** One record's contribution to a score, with the rule that gave it. */
export interface RatingItem {
  recordId: number;
  recordType: RecordType;
  title: string;
  docNumber: string;
  department: string;
  decisionDate: string;
  points: number;
  rule: string;
}

export interface RatingDimension {
  key: string;
  label: string;
  /** Points after the dimension's cap. */
  points: number;
  /** Sum of the items before the cap, so a capped dimension is visible. */
  rawPoints: number;
  cap: { min: number; max: number };
  items: RatingItem[];
}

export interface Rating {
  subjectId: number;
  subjectKind: SubjectKind;
  score: number;
  grade: string;
  gradeLabel: string;
  base: number;
  blacklisted: boolean;
  redlisted: boolean;
  modelVersion: number;
  computedAt: string;
  dimensions: RatingDimension[];
}

export interface CreditRecordView {
  id: number;
  type: RecordType;
  title: string;
  category: string;
  docNumber: string;
  department: string;
  decisionDate: string;
  disclosureEnd: string | null;
  severity: Severity | null;
  amountFen: number | null;
  status: RecordStatus;
  /** False when the record is outside its disclosure period or revoked. */
  counts: boolean;
}

/** A record as its source department lists it: with whom it concerns. */
export interface DepartmentRecordView extends CreditRecordView {
  subject: {
    kind: SubjectKind;
    /** A person's name masked (韩*晨); an organization's in full. */
    name: string;
    /** A person's ID number masked; a USCC in full (it is public). */
    code: string;
  };
}

export interface EligibilityReason {
  code: string;
  message: string;
}

export interface Eligibility {
  eligible: boolean;
  reasons: EligibilityReason[];
}

export interface OfferView {
  id: number;
  title: string;
  description: string;
  kind: OfferKind;
  scene: OfferScene;
  merchant: { id: number; name: string };
  subjectKinds: SubjectKind[];
  minGrade: string | null;
  /** Deposit waived or a discount's amount off, in fen. */
  valueFen: number | null;
  /** A discount's percent off, when it is not an amount. */
  discountPercent: number | null;
  minScore: number | null;
  redlistOnly: boolean;
  /** Record types (lists) whose holders are refused, e.g. watchlist. */
  excludedLists: string[];
  /** Leading digits of the region code a subject must be registered in. */
  regionPrefix: string | null;
  quota: number;
  remaining: number;
  perSubjectLimit: number;
  perDayQuota: number | null;
  validFrom: string;
  validTo: string;
  eligibility: Eligibility;
  /** Vouchers of this offer the caller's subject already holds. */
  myClaims: number;
  /**
   * Why a claim would be refused now whatever the subject's credit: none
   * left in total or today, or the subject holds as many as one may. The
   * claim itself decides again; this is what the list knew.
   */
  claimBlock: ClaimBlock | null;
}

export interface ClaimBlock {
  code: 'quota_exhausted' | 'daily_quota_exhausted' | 'claim_limit_reached';
  message: string;
}

export interface ClaimRequest {
  idempotencyKey: string;
}

export interface VoucherView {
  id: number;
  code: string;
  status: VoucherStatus;
  offer: { id: number; title: string; kind: OfferKind };
  merchant: { id: number; name: string };
  claimedAt: string;
  expiresAt: string;
  redeemedAt: string | null;
}

export interface RedeemRequest {
  code: string;
}

export interface RedemptionView {
  voucherId: number;
  /** Authorizes a look at the holder's grade until the voucher expires. */
  claimId: number;
  offer: { id: number; title: string };
  /** The holder, masked: staff see a name like 吴*一, never an ID. */
  holder: string;
  redeemedAt: string;
}

export interface HealthView {
  status: 'ok' | 'degraded';
  database: 'ok' | 'down';
  cache: 'ok' | 'down' | 'memory';
}

export type ImportSource = 'penalties' | 'licenses' | 'lists';
export type RowOutcome = 'created' | 'updated' | 'unchanged' | 'rejected';

export interface RowProblemView {
  /** 1 = the first data row. */
  row: number;
  column: string;
  code: string;
  message: string;
}

export interface ImportReportView {
  source: ImportSource;
  rows: number;
  counts: Record<RowOutcome, number>;
  outcomes: RowOutcome[];
  problems: RowProblemView[];
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export interface DepartmentKeyView {
  keyId: string;
  createdAt: string;
  revokedAt: string | null;
  /** Only in the answer that created the key; never shown again. */
  secret?: string;
}

export interface RatingHistoryPoint {
  computedAt: string;
  score: number;
  grade: string;
  modelVersion: number;
}

export interface PublicOrganization {
  name: string;
  uscc: string;
  category: string;
  region: string | null;
}

export interface PublicOrganizationDetail extends PublicOrganization {
  /** One page of the disclosed records, the latest decision first. */
  records: CreditRecordView[];
  page: number;
  pageSize: number;
  /** The disclosed records in all, and of each type. */
  total: number;
  totals: Partial<Record<RecordType, number>>;
}

export interface ScoringModelView {
  version: number;
  subjectKind: SubjectKind;
  base: number;
  publishedAt: string;
  dimensions: {
    key: string;
    label: string;
    cap: { min: number; max: number };
    rules: {
      recordType: RecordType;
      severity?: Severity;
      /** Performance rules: returned or defaulted. */
      category?: string;
      points: number;
      label: string;
      /** Points fall by half every this many days; absent: no decay. */
      halfLifeDays?: number;
    }[];
  }[];
}

/**
 * What POST /api/office/models takes: a model as listed, without the
 * version and publication time the server gives it.
 */
export type ScoringModelRequest = Pick<
  ScoringModelView,
  'subjectKind' | 'base' | 'dimensions'
>;

/** One reason in `details.reasons` of a 422 `model_invalid`. */
export interface ScoringModelProblem {
  /** Where, e.g. dimensions.1.rules.0.points. */
  path: string;
  message: string;
}

/** The answer to publishing a model: the version and its rescore job. */
export interface ModelPublished {
  model: ScoringModelView;
  job: JobView;
}

export interface JobView {
  id: number;
  kind: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  done: number;
  total: number;
  startedAt: string | null;
  finishedAt: string | null;
}

// Issue 4: the marketplace (merchants, offers, claims, performance).

export type MerchantStatus = 'pending' | 'approved' | 'refused';
export type PerformanceOutcome = 'returned' | 'defaulted';
export type ObjectionStatus = 'pending';
export type ReviewDecision = 'approve' | 'refuse';
export type OfferAction = 'submit' | 'pause' | 'resume' | 'end';

export interface MerchantRegistration {
  /** The organization's USCC; it must be the agent's own organization. */
  uscc: string;
  /** Shop name; defaults to the organization's name. */
  name?: string;
}

export interface MerchantView {
  id: number;
  name: string;
  status: MerchantStatus;
  reviewReason: string | null;
  reviewedAt: string | null;
  /** The organization behind the merchant; its USCC is public. */
  subject: SubjectSummary;
  createdAt: string;
}

export interface ReviewRequest {
  decision: ReviewDecision;
  /** Required when refusing. */
  reason?: string;
}

export interface StaffInviteView {
  /** Shown once: 32 hex characters, single use. */
  code: string;
  expiresAt: string;
}

export interface StaffInviteAcceptance {
  code: string;
}

/** A department that hands credit data over, as the credit office sees it. */
export interface DepartmentView {
  id: number;
  name: string;
  /** Normalised: half-width, upper case. */
  uscc: string | null;
  /** Users with role `department` working for it. */
  staff: number;
}

/** The body by which the credit office adds a department. */
export interface DepartmentRequest {
  name: string;
  uscc: string;
}

/** The body that creates an offer or replaces a draft. */
export interface OfferDraft {
  title: string;
  description: string;
  kind: OfferKind;
  scene: OfferScene;
  subjectKinds: SubjectKind[];
  minGrade?: string | null;
  minScore?: number | null;
  redlistOnly?: boolean;
  excludedLists?: string[];
  regionPrefix?: string | null;
  quota: number;
  perSubjectLimit?: number;
  perDayQuota?: number | null;
  valueFen?: number | null;
  discountPercent?: number | null;
  validFrom: string;
  validTo: string;
  voucherTtlHours: number;
}

export interface OfferStats {
  claims: number;
  redemptions: number;
  cancellations: number;
  /** Deposits waived on redeemed deposit waivers: the credit dividend. */
  depositWaivedFen: number;
}

/** An offer as its merchant and the credit office see it. */
export interface MerchantOfferView extends Omit<
  OfferView,
  'eligibility' | 'myClaims' | 'claimBlock'
> {
  status: OfferStatus;
  voucherTtlHours: number;
  reviewReason: string | null;
  reviewedAt: string | null;
  stats: OfferStats;
}

export interface MerchantStatsView {
  merchant: { id: number; name: string } & OfferStats;
  offers: ({ id: number; title: string; status: OfferStatus } & OfferStats)[];
}

export type PerformanceReportRequest =
  { outcome: 'returned' } | { outcome: 'defaulted'; amountFen: number };

export interface PerformanceReportView {
  id: number;
  voucherId: number;
  outcome: PerformanceOutcome;
  amountFen: number | null;
  recordId: number;
  createdAt: string;
}

export interface NotificationView {
  id: number;
  kind: string;
  title: string;
  body: string;
  recordId: number | null;
  createdAt: string;
}

export interface ObjectionRequest {
  reason: string;
}

export interface ObjectionView {
  id: number;
  recordId: number;
  reason: string;
  status: ObjectionStatus;
  createdAt: string;
}

/** What a merchant may see of a claimant it is authorized for. */
export interface ClaimantGradeView {
  claimId: number;
  /** Masked name of a person, full name of an organization. */
  holder: string;
  grade: string;
  gradeLabel: string;
  purpose: string;
  authorizedUntil: string;
}

export interface QueryLogEntry {
  id: number;
  merchant: { id: number; name: string };
  /** The staff member who looked, masked. */
  viewer: string;
  purpose: string;
  at: string;
}

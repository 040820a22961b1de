// Bodies of the HTTP API, shared by the server and the mini-program.
// docs/contract.md lists the endpoints that send and accept them.

export type SubjectKind = 'person' | 'organization';
export type UserRole =
  'citizen' | 'enterprise' | 'merchant' | 'office' | 'department';
export type OfferKind =
  'deposit_waiver' | 'fast_track' | 'discount' | 'priority';
export type OfferScene = 'huimin' | 'huiqi' | 'huishang' | 'huishi';
export type RecordType = 'penalty' | 'license' | 'redlist' | 'blacklist';
export type RecordStatus = 'active' | 'revoked' | 'expired';
export type Severity = 'minor' | 'general' | 'serious';
export type VoucherStatus = 'issued' | 'redeemed' | 'expired';

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
  valueFen: number | null;
  quota: number;
  remaining: number;
  perSubjectLimit: number;
  validFrom: string;
  validTo: string;
  eligibility: Eligibility;
  /** Vouchers of this offer the caller's subject already holds. */
  myClaims: number;
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
  records: CreditRecordView[];
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
      points: number;
      label: string;
      /** Points fall by half every this many days; absent: no decay. */
      halfLifeDays?: number;
    }[];
  }[];
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

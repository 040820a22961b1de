// The default scoring models of DESIGN.md, version 1, as data: the credit
// office publishes later versions in the same shape. A rule gives points to
// every counting record of its type (and severity, for penalties); a
// dimension's total is held within its cap, the score within 0–1000.
import type { RecordType, Severity, SubjectKind } from '@creditplus/shared';

export interface ScoringRule {
  recordType: RecordType;
  /** Penalties only: the severity the rule applies to. */
  severity?: Severity;
  points: number;
  /** Shown to the subject next to each record, e.g. 一般行政处罚. */
  label: string;
  /** Points fall by half every this many days of the record's age. */
  halfLifeDays?: number;
  /** Performance only: returned or defaulted. */
  category?: string;
}

export interface DimensionModel {
  key: string;
  label: string;
  cap: { min: number; max: number };
  rules: ScoringRule[];
}

export interface ScoringModel {
  version: number;
  subjectKind: SubjectKind;
  base: number;
  dimensions: DimensionModel[];
}

export const SCORE_RANGE = { min: 0, max: 1000 } as const;

// Identity (real-name verification, residence) has no record type that
// feeds it yet; it stays in the model so its cap is visible and version 2
// can add rules once verification records exist.
export const personModelV1: ScoringModel = {
  version: 1,
  subjectKind: 'person',
  base: 650,
  dimensions: [
    { key: 'identity', label: '身份特质', cap: { min: 0, max: 50 }, rules: [] },
    {
      key: 'good_conduct',
      label: '守信表现',
      cap: { min: 0, max: 250 },
      rules: [
        { recordType: 'redlist', points: 150, label: '守信激励名单' },
        {
          recordType: 'performance',
          category: 'returned',
          points: 10,
          label: '免押服务按时归还',
        },
      ],
    },
    {
      key: 'bad_conduct',
      label: '失信记录',
      cap: { min: -600, max: 0 },
      rules: [
        {
          recordType: 'penalty',
          severity: 'general',
          points: -60,
          label: '一般行政处罚',
        },
        {
          recordType: 'penalty',
          severity: 'serious',
          points: -150,
          label: '严重行政处罚',
        },
        { recordType: 'blacklist', points: -300, label: '严重失信主体名单' },
        {
          recordType: 'performance',
          category: 'defaulted',
          points: -50,
          label: '免押服务违约',
        },
      ],
    },
  ],
};

// Judicial (court dishonest) has no record type yet, as identity above.
export const organizationModelV1: ScoringModel = {
  version: 1,
  subjectKind: 'organization',
  base: 650,
  dimensions: [
    {
      key: 'basic',
      label: '基本信息',
      cap: { min: 0, max: 100 },
      rules: [{ recordType: 'license', points: 20, label: '有效行政许可' }],
    },
    {
      key: 'incentives',
      label: '守信激励',
      cap: { min: 0, max: 200 },
      rules: [{ recordType: 'redlist', points: 100, label: '守信激励名单' }],
    },
    {
      key: 'administration',
      label: '行政监管',
      cap: { min: -400, max: 0 },
      rules: [
        {
          recordType: 'penalty',
          severity: 'general',
          points: -80,
          label: '一般行政处罚',
        },
        {
          recordType: 'penalty',
          severity: 'serious',
          points: -200,
          label: '严重行政处罚',
        },
      ],
    },
    {
      key: 'judicial',
      label: '司法判决',
      cap: { min: -400, max: 0 },
      rules: [],
    },
    {
      key: 'performance',
      label: '履约践诺',
      cap: { min: -200, max: 100 },
      rules: [
        {
          recordType: 'performance',
          category: 'returned',
          points: 10,
          label: '免押服务按时归还',
        },
        {
          recordType: 'performance',
          category: 'defaulted',
          points: -50,
          label: '免押服务违约',
        },
      ],
    },
    {
      key: 'punishment',
      label: '失信惩戒',
      cap: { min: -400, max: 0 },
      rules: [
        { recordType: 'blacklist', points: -300, label: '严重失信主体名单' },
      ],
    },
  ],
};

export const defaultModels: Record<SubjectKind, ScoringModel> = {
  person: personModelV1,
  organization: organizationModelV1,
};

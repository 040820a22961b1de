// Computes a rating from a subject's records and a scoring model. Every
// point is an item naming its record and rule; a blacklisted subject gets
// the worst grade whatever its score. The arithmetic is scoreCompact's;
// this adds the wording, as a stored rating is explained on read.
import type {
  Rating,
  RecordStatus,
  RecordType,
  Severity,
  SubjectKind,
} from '@creditplus/shared';

import { expandRating } from './ratingBreakdown';
import { scoreCompact } from './scoreCompact';
import type { ScoringModel } from './scoringModels';

export interface ScorableRecord {
  id: number;
  type: RecordType;
  title: string;
  docNumber: string;
  department: string;
  decisionDate: string;
  disclosureEnd: string | null;
  severity: Severity | null;
  /** Performance records: returned or defaulted. */
  category?: string;
  status: RecordStatus;
}

export interface ScoreInput {
  subjectId: number;
  subjectKind: SubjectKind;
  records: ScorableRecord[];
  model: ScoringModel;
  /** Business date in Asia/Shanghai deciding which records count. */
  today: string;
  now: Date;
}

export function scoreSubject(input: ScoreInput): Rating {
  const compact = scoreCompact(input);
  const byId = new Map(input.records.map((r) => [r.id, r]));
  const rating = expandRating(compact, input.model, byId, input.today);
  // Every record the compact form names was given and scored by a rule.
  if (rating === null) throw new Error('a scored record went missing');
  return rating;
}

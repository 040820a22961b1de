// What eligibility is decided on: the subject's kind and region and its
// current rating; the types of its counting records only when an offer
// excludes a list, since that costs one more query per claim.
import { todayInShanghai } from '@creditplus/shared';

import type { Subject } from '../db/models';
import { recordCounts } from '../domain/disclosure';
import type { SubjectStanding } from '../domain/eligibility';
import { getRating, RatingDeps } from './getRating';

export interface StandingWithRating {
  standing: SubjectStanding;
  rating: { grade: string; score: number; modelVersion: number };
}

export async function loadStanding(
  deps: RatingDeps,
  subject: Subject,
  options: { withRecordTypes: boolean; now: Date },
): Promise<StandingWithRating> {
  const { now } = options;
  const rating = await getRating(deps, subject.id, now);
  const standing: SubjectStanding = {
    kind: subject.kind,
    grade: rating.grade,
    score: rating.score,
    blacklisted: rating.blacklisted,
    redlisted: rating.redlisted,
    region: subject.region,
  };
  if (options.withRecordTypes) {
    const records = await deps.db.models.CreditRecord.findAll({
      where: { subjectId: subject.id, status: 'active' },
      attributes: [
        'type',
        'status',
        'severity',
        'decisionDate',
        'disclosureEnd',
      ],
    });
    const today = todayInShanghai(now);
    standing.recordTypes = [
      ...new Set(
        records.filter((r) => recordCounts(r, today)).map((r) => r.type),
      ),
    ];
  }
  return { standing, rating };
}

// What eligibility is decided on: the subject's kind and region and its
// current rating; the types of its counting records only when an offer
// excludes a list, since that costs one more query per claim.
import { SubjectKind, todayInShanghai } from '@creditplus/shared';

import type { Database } from '../db/database';
import type { Subject } from '../db/models';
import { recordCounts } from '../domain/disclosure';
import type { RatingVerdict } from '../domain/ratingBreakdown';
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
  const rating = await getRating(deps, subject.id, options.now);
  return standingOf(deps.db, subject, rating, options);
}

/** The standing of a subject whose current rating is already in hand. */
export async function standingOf(
  db: Database,
  subject: { id: number; kind: SubjectKind; region: string | null },
  rating: RatingVerdict,
  options: { withRecordTypes: boolean; now: Date },
): Promise<StandingWithRating> {
  const standing: SubjectStanding = {
    kind: subject.kind,
    grade: rating.grade,
    score: rating.score,
    blacklisted: rating.blacklisted,
    redlisted: rating.redlisted,
    region: subject.region,
  };
  if (options.withRecordTypes) {
    const records = await db.models.CreditRecord.findAll({
      where: { subjectId: subject.id, status: 'active' },
      attributes: [
        'type',
        'status',
        'severity',
        'decisionDate',
        'disclosureEnd',
      ],
    });
    const today = todayInShanghai(options.now);
    standing.recordTypes = [
      ...new Set(
        records.filter((r) => recordCounts(r, today)).map((r) => r.type),
      ),
    ];
  }
  return { standing, rating };
}

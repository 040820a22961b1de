import { decideEligibility, OfferTerms, SubjectStanding } from './eligibility';

const now = new Date('2026-12-03T06:00:00Z');
const offer: OfferTerms = {
  subjectKinds: ['person'],
  minGrade: 'A',
  status: 'published',
  validFrom: new Date('2026-01-01T00:00:00Z'),
  validTo: new Date('2027-01-01T00:00:00Z'),
};
const goodPerson: SubjectStanding = {
  kind: 'person',
  grade: 'AA',
  blacklisted: false,
};

function codes(terms: OfferTerms, subject: SubjectStanding, at = now) {
  return decideEligibility(terms, subject, at).reasons.map((r) => r.code);
}

describe('decideEligibility', () => {
  test('a person at or above the minimum grade is eligible, with why', () => {
    const answer = decideEligibility(offer, goodPerson, now);
    expect(answer.eligible).toBe(true);
    expect(answer.reasons[0].message).toContain('AA');
    expect(
      decideEligibility(offer, { ...goodPerson, grade: 'A' }, now),
    ).toMatchObject({ eligible: true });
  });

  test('a grade below the minimum is refused with both grades', () => {
    const answer = decideEligibility(offer, { ...goodPerson, grade: 'B' }, now);
    expect(answer.eligible).toBe(false);
    expect(answer.reasons).toEqual([
      {
        code: 'grade_too_low',
        message: '信用等级需达到 A 及以上，当前为 B',
      },
    ]);
  });

  test('a blacklisted subject is always refused and told why', () => {
    const anyGrade = { ...offer, minGrade: null };
    const answer = decideEligibility(
      anyGrade,
      { kind: 'person', grade: 'D', blacklisted: true },
      now,
    );
    expect(answer.eligible).toBe(false);
    expect(answer.reasons[0].code).toBe('blacklisted');
    expect(answer.reasons[0].message).toContain('严重失信');
  });

  test('an organization cannot take a persons-only offer', () => {
    expect(
      codes(offer, { kind: 'organization', grade: 'A', blacklisted: false }),
    ).toEqual(['subject_kind']);
  });

  test('offers outside their window or paused are refused', () => {
    expect(codes({ ...offer, status: 'paused' }, goodPerson)).toEqual([
      'offer_paused',
    ]);
    expect(codes(offer, goodPerson, new Date('2025-12-31T00:00:00Z'))).toEqual([
      'offer_not_started',
    ]);
    expect(codes(offer, goodPerson, new Date('2027-01-02T00:00:00Z'))).toEqual([
      'offer_ended',
    ]);
  });

  test('drafts, offers in review and ended offers are closed too', () => {
    expect(codes({ ...offer, status: 'draft' }, goodPerson)).toEqual([
      'offer_paused',
    ]);
    expect(codes({ ...offer, status: 'in_review' }, goodPerson)).toEqual([
      'offer_paused',
    ]);
    expect(codes({ ...offer, status: 'ended' }, goodPerson)).toEqual([
      'offer_ended',
    ]);
  });

  test('score, red list, excluded lists and region are checked with the grade', () => {
    const strict: OfferTerms = {
      ...offer,
      minScore: 760,
      redlistOnly: true,
      excludedLists: ['watchlist'],
      regionPrefix: '3604',
    };
    const standing: SubjectStanding = {
      ...goodPerson,
      score: 780,
      redlisted: true,
      recordTypes: ['redlist'],
      region: '360404',
    };
    const answer = decideEligibility(strict, standing, now);
    expect(answer.eligible).toBe(true);
    expect(answer.reasons[0].message).toBe(
      '符合领取条件：信用等级 AA，达到 A 及以上的要求，信用分 780 不低于 760，在守信激励名单内，属于权益适用地区',
    );

    expect(
      codes(strict, {
        ...standing,
        score: 759,
        redlisted: false,
        recordTypes: ['redlist', 'watchlist'],
        region: '360102',
      }),
    ).toEqual(['score_too_low', 'not_redlisted', 'excluded_list', 'region']);
    expect(codes(strict, { ...standing, region: null })).toEqual(['region']);
  });

  test('a list kind unknown today is excluded by its record type', () => {
    const terms = { ...offer, excludedLists: ['abnormal_operation'] };
    const answer = decideEligibility(
      terms,
      { ...goodPerson, recordTypes: ['abnormal_operation'] },
      now,
    );
    expect(answer.reasons).toEqual([
      {
        code: 'excluded_list',
        message: '已被列入abnormal_operation，不能领取该权益',
      },
    ]);
  });

  test('a blacklisted subject of the wrong kind hears both, nothing more', () => {
    expect(
      codes(offer, { kind: 'organization', grade: 'D', blacklisted: true }),
    ).toEqual(['blacklisted', 'subject_kind']);
  });
});

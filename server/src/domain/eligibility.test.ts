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
});

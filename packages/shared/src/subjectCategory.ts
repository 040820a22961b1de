// The subjects.category terms of docs/contract.md.

export type OrganizationCategory =
  | 'enterprise'
  | 'individual_business'
  | 'public_institution'
  | 'social_organization'
  | 'government';

export type SubjectCategory = 'person' | OrganizationCategory;

export const ORGANIZATION_CATEGORIES: readonly OrganizationCategory[] = [
  'enterprise',
  'individual_business',
  'public_institution',
  'social_organization',
  'government',
];

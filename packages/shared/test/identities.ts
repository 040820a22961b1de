// The fake identities of the demo city, read where the seed keeps them so
// that the tests follow any change to that file.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SeedIdentities {
  persons: { name: string; idNumber: string; region: string }[];
  organizations: {
    name: string;
    uscc: string;
    region: string;
    category: string;
  }[];
  departments: { name: string; uscc: string }[];
  publicExamples: { name: string; uscc?: string; idNumber?: string }[];
  invalid: { value: string; why: string }[];
  edgeCases: { value: string; as?: string; expect: string }[];
}

const REPO_ROOT = join(__dirname, '..', '..', '..');

export const identities: SeedIdentities = JSON.parse(
  readFileSync(join(REPO_ROOT, 'server', 'seed', 'identities.json'), 'utf8'),
);

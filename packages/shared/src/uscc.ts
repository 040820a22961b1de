// Unified social credit codes (统一社会信用代码, GB 32100-2015) of
// organizations: registration authority, category, 6-digit region,
// 9-character organization code and a mod-31 check character.

import { toHalfWidth } from './fullWidth';
import { parseResidentId } from './residentId';
import type { OrganizationCategory } from './subjectCategory';

export type UsccRefusal =
  | 'length'
  | 'alphabet'
  | 'person_id'
  | 'authority'
  | 'category'
  | 'region'
  | 'checksum';

export type UsccResult =
  | {
      ok: true;
      /** The 18 characters, upper-case. */
      value: string;
      category: OrganizationCategory;
      /** The 6-digit administrative division code of the registrar. */
      region: string;
    }
  | { ok: false; reason: UsccRefusal };

// Digits then letters without I, O, S, V and Z; a character's value is its
// index here.
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CODE_LENGTH = 18;
// The characters of ALPHABET, as one test for a whole code.
const IN_ALPHABET = /^[0-9A-HJ-NP-RTUW-Y]*$/;

// Weight of position i is 3^i mod 31, as the standard tabulates it.
const WEIGHTS = [
  1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];

// Every registration authority of the standard with the categories it
// registers. The contract's categories are coarser than the standard's, so
// each code is filed with the nearest kind: registrars' catch-alls (x9)
// and the non-commercial bodies of 外交, 司法行政, 文化, 旅游, 宗教 and 工会
// count as social organizations, military units (A) as public
// institutions, rural collectives (N) as enterprises.
const CATEGORY_BY_PREFIX: ReadonlyMap<string, OrganizationCategory> = new Map<
  string,
  OrganizationCategory
>([
  ['11', 'government'], // 机关
  ['12', 'public_institution'], // 事业单位
  ['13', 'social_organization'], // 编办直管的群众团体
  ['19', 'public_institution'],
  ['21', 'social_organization'], // 外国常驻新闻机构
  ['29', 'social_organization'],
  ['31', 'social_organization'], // 律师事务所
  ['32', 'social_organization'], // 公证处
  ['33', 'social_organization'], // 基层法律服务所
  ['34', 'social_organization'], // 司法鉴定机构
  ['35', 'social_organization'], // 仲裁委员会
  ['39', 'social_organization'],
  ['41', 'social_organization'], // 外国在华文化中心
  ['49', 'social_organization'],
  ['51', 'social_organization'], // 社会团体
  ['52', 'social_organization'], // 民办非企业单位
  ['53', 'social_organization'], // 基金会
  ['59', 'social_organization'],
  ['61', 'social_organization'], // 外国旅游部门常驻代表机构
  ['62', 'social_organization'], // 港澳台旅游部门常驻代表机构
  ['69', 'social_organization'],
  ['71', 'social_organization'], // 宗教活动场所
  ['72', 'social_organization'], // 宗教院校
  ['79', 'social_organization'],
  ['81', 'social_organization'], // 基层工会
  ['89', 'social_organization'],
  ['91', 'enterprise'], // 企业
  ['92', 'individual_business'], // 个体工商户
  ['93', 'enterprise'], // 农民专业合作社
  ['A1', 'public_institution'], // 军队事业单位
  ['A9', 'public_institution'],
  ['N1', 'enterprise'], // 组级集体经济组织
  ['N2', 'enterprise'], // 村级集体经济组织
  ['N3', 'enterprise'], // 乡镇级集体经济组织
  ['N9', 'enterprise'],
  ['Y1', 'social_organization'],
]);
const AUTHORITIES = new Set([...CATEGORY_BY_PREFIX.keys()].map((k) => k[0]));

/** The check character of the first 17 characters (all in the alphabet). */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += ALPHABET.indexOf(first17[i]) * WEIGHTS[i];
  }
  return ALPHABET[(31 - (sum % 31)) % 31];
}

export function parseUscc(input: string): UsccResult {
  const value = toHalfWidth(input).trim().toUpperCase();
  if (value.length !== CODE_LENGTH) return { ok: false, reason: 'length' };
  if (!IN_ALPHABET.test(value)) {
    return { ok: false, reason: 'alphabet' };
  }

  // A person's number typed into an organization field must never be
  // stored as a public code. A genuine all-digit USCC could in theory also
  // read as a valid ID number; refusing it is the safe side of that rare
  // collision.
  if (parseResidentId(value).ok) return { ok: false, reason: 'person_id' };

  if (!AUTHORITIES.has(value[0])) return { ok: false, reason: 'authority' };
  const category = CATEGORY_BY_PREFIX.get(value.slice(0, 2));
  if (category === undefined) return { ok: false, reason: 'category' };

  const region = value.slice(2, 8);
  if (!/^\d{6}$/.test(region)) return { ok: false, reason: 'region' };

  if (usccCheckChar(value) !== value[17]) {
    return { ok: false, reason: 'checksum' };
  }
  return { ok: true, value, category, region };
}

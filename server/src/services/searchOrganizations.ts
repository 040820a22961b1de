// The public query of organizations, like 信用中国: by a part of the name
// or an exact USCC. Persons are never found: a query shaped like a code
// that is not a valid USCC (an ID number among them) finds nothing rather
// than falling back to a name search.
import { parseUscc, PublicOrganization, toHalfWidth } from '@creditplus/shared';
import { col, fn, Op, where } from 'sequelize';

import type { Database } from '../db/database';
import type { Subject } from '../db/models';
import { hashCode, revealCode } from '../domain/subjectCode';

const MAX_RESULTS = 20;
const CODE_SHAPE = /^[0-9A-Z]{15,18}$/;

export interface PublicQueryDeps {
  db: Database;
  dataKey: Buffer;
}

export async function searchOrganizations(
  deps: PublicQueryDeps,
  query: string,
): Promise<PublicOrganization[]> {
  const text = toHalfWidth(query).trim();
  const uscc = parseUscc(text);
  if (uscc.ok) {
    const found = await deps.db.models.Subject.findOne({
      where: {
        kind: 'organization',
        codeHash: hashCode(uscc.value, deps.dataKey),
      },
    });
    return found === null ? [] : [presentOrganization(found, deps.dataKey)];
  }
  if (CODE_SHAPE.test(text.toUpperCase())) return [];

  // instr() rather than LIKE: the same on SQLite and MySQL, and a % or _
  // typed by the user stays a plain character. It scans the organizations;
  // a full-text index would take over at national scale.
  const rows = await deps.db.models.Subject.findAll({
    where: {
      [Op.and]: [
        { kind: 'organization' },
        where(fn('instr', col('name'), text), Op.gt, 0),
      ],
    },
    order: [
      ['name', 'ASC'],
      ['id', 'ASC'],
    ],
    limit: MAX_RESULTS,
  });
  return rows.map((row) => presentOrganization(row, deps.dataKey));
}

export function presentOrganization(
  subject: Subject,
  dataKey: Buffer,
): PublicOrganization {
  return {
    name: subject.name,
    uscc: revealCode(subject.codeCipher, dataKey),
    category: subject.category,
    region: subject.region,
  };
}

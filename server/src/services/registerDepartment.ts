// The credit office adds a department that hands credit data over, by its
// name and USCC, so its staff can be invited. A department imports have
// already met by name alone (list files give courts without a code) is
// completed with the USCC rather than refused: it is the same body.
import {
  type DepartmentRequest,
  type DepartmentView,
  parseUscc,
} from '@creditplus/shared';
import { UniqueConstraintError } from 'sequelize';

import type { Database } from '../db/database';
import { AppError } from '../errors';
import { findOrCreateDepartment } from './findOrCreateDepartment';
import { presentDepartments } from './listDepartments';

export async function registerDepartment(
  db: Database,
  request: DepartmentRequest,
): Promise<DepartmentView> {
  const uscc = parseUscc(request.uscc);
  if (!uscc.ok) {
    // A person's ID number is never a public code; say so plainly.
    if (uscc.reason === 'person_id') throw new AppError('id_number_as_uscc');
    throw new AppError('invalid_uscc', { reason: uscc.reason });
  }
  const ref = { name: request.name, uscc: uscc.value };

  const department = await db.sequelize
    .transaction(async (transaction) => {
      const { Department } = db.models;
      const byUscc = await Department.findOne({
        where: { uscc: ref.uscc },
        transaction,
      });
      if (byUscc !== null) {
        throw new AppError('department_exists', { field: 'uscc' });
      }
      const byName = await Department.findOne({
        where: { name: ref.name },
        transaction,
      });
      if (byName !== null && byName.uscc !== null) {
        throw new AppError('department_exists', { field: 'name' });
      }
      return findOrCreateDepartment(db, ref, transaction);
    })
    .catch((error: unknown) => {
      // Two offices adding one department at once: the index decides.
      if (error instanceof UniqueConstraintError) {
        throw new AppError('department_exists');
      }
      throw error;
    });

  const [view] = await presentDepartments(db, [department]);
  return view;
}

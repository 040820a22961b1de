// Finds a department by USCC (or by name when the source gives none),
// creating it when unknown.
import type { Transaction } from 'sequelize';

import type { Database } from '../db/database';
import type { Department } from '../db/models';
import type { DepartmentRef } from './import/parsedRecord';

export async function findOrCreateDepartment(
  db: Database,
  ref: DepartmentRef,
  transaction?: Transaction,
): Promise<Department> {
  const { Department } = db.models;
  const byUscc =
    ref.uscc === null
      ? null
      : await Department.findOne({ where: { uscc: ref.uscc }, transaction });
  if (byUscc) return byUscc;

  const byName = await Department.findOne({
    where: { name: ref.name },
    transaction,
  });
  if (byName) {
    // A department first met in a file without its USCC gets it now.
    if (byName.uscc === null && ref.uscc !== null) {
      await byName.update({ uscc: ref.uscc }, { transaction });
    }
    return byName;
  }
  return Department.create({ name: ref.name, uscc: ref.uscc }, { transaction });
}

import type { RecordStatus, RecordType, Severity } from '@creditplus/shared';
import {
  CreationOptional,
  DataTypes,
  InferAttributes,
  InferCreationAttributes,
  Model,
  ModelStatic,
  Sequelize,
} from 'sequelize';

import { jsonColumn, moneyColumn } from './columns';

export interface CreditRecord extends Model<
  InferAttributes<CreditRecord>,
  InferCreationAttributes<CreditRecord>
> {
  id: CreationOptional<number>;
  subjectId: number;
  departmentId: number;
  type: RecordType;
  docNumber: string;
  title: string;
  category: string;
  amountFen: number | null;
  /** YYYY-MM-DD in Asia/Shanghai. */
  decisionDate: string;
  disclosureEnd: string | null;
  severity: Severity | null;
  status: RecordStatus;
  /** The source row, with any person's ID number masked. */
  payload: Record<string, string>;
  /** The import that created it; null for records made otherwise. */
  importBatchId: CreationOptional<number | null>;
  createdAt: CreationOptional<Date>;
  updatedAt: CreationOptional<Date>;
}

export function defineCreditRecord(
  sequelize: Sequelize,
): ModelStatic<CreditRecord> {
  return sequelize.define<CreditRecord>(
    'CreditRecord',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      subjectId: { type: DataTypes.INTEGER, allowNull: false },
      departmentId: { type: DataTypes.INTEGER, allowNull: false },
      type: { type: DataTypes.STRING(16), allowNull: false },
      docNumber: { type: DataTypes.STRING(100), allowNull: false },
      title: { type: DataTypes.STRING(200), allowNull: false },
      category: { type: DataTypes.STRING(100), allowNull: false },
      amountFen: moneyColumn('amountFen'),
      decisionDate: { type: DataTypes.DATEONLY, allowNull: false },
      disclosureEnd: { type: DataTypes.DATEONLY, allowNull: true },
      severity: { type: DataTypes.STRING(16), allowNull: true },
      status: { type: DataTypes.STRING(16), allowNull: false },
      payload: jsonColumn('payload'),
      importBatchId: { type: DataTypes.INTEGER, allowNull: true },
      createdAt: DataTypes.DATE(3),
      updatedAt: DataTypes.DATE(3),
    },
    { tableName: 'credit_records', underscored: true },
  );
}

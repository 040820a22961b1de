import {
  CreationOptional,
  DataTypes,
  InferAttributes,
  InferCreationAttributes,
  Model,
  ModelStatic,
  Sequelize,
} from 'sequelize';

import { jsonColumn } from './columns';

export type RecordAction = 'create' | 'update' | 'revoke' | 'expire';

/** Who changed a credit record, when, how, and what it was before. */
export interface RecordAudit extends Model<
  InferAttributes<RecordAudit>,
  InferCreationAttributes<RecordAudit>
> {
  id: CreationOptional<number>;
  recordId: number;
  action: RecordAction;
  /** user:<id>, key:<key id>, job:<name>, cli or seed. */
  actor: string;
  reason: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
  createdAt: CreationOptional<Date>;
}

export function defineRecordAudit(
  sequelize: Sequelize,
): ModelStatic<RecordAudit> {
  return sequelize.define<RecordAudit>(
    'RecordAudit',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      recordId: { type: DataTypes.INTEGER, allowNull: false },
      action: { type: DataTypes.STRING(16), allowNull: false },
      actor: { type: DataTypes.STRING(64), allowNull: false },
      reason: { type: DataTypes.STRING(500), allowNull: true },
      before: { ...jsonColumn('before'), allowNull: true },
      after: jsonColumn('after'),
      createdAt: DataTypes.DATE(3),
    },
    { tableName: 'record_audits', underscored: true, updatedAt: false },
  );
}

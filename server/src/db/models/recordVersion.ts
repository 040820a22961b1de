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

/** A credit record as it was before and after one correction. */
export interface RecordVersion extends Model<
  InferAttributes<RecordVersion>,
  InferCreationAttributes<RecordVersion>
> {
  id: CreationOptional<number>;
  recordId: number;
  version: number;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  createdAt: CreationOptional<Date>;
}

export function defineRecordVersion(
  sequelize: Sequelize,
): ModelStatic<RecordVersion> {
  return sequelize.define<RecordVersion>(
    'RecordVersion',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      recordId: { type: DataTypes.INTEGER, allowNull: false },
      version: { type: DataTypes.INTEGER, allowNull: false },
      before: jsonColumn('before'),
      after: jsonColumn('after'),
      createdAt: DataTypes.DATE(3),
    },
    { tableName: 'record_versions', underscored: true, updatedAt: false },
  );
}

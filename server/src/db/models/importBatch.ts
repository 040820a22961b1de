import type { ImportSource } from '@creditplus/shared';
import {
  CreationOptional,
  DataTypes,
  InferAttributes,
  InferCreationAttributes,
  Model,
  ModelStatic,
  Sequelize,
} from 'sequelize';

/** An import that created records: who ran it and when. */
export interface ImportBatch extends Model<
  InferAttributes<ImportBatch>,
  InferCreationAttributes<ImportBatch>
> {
  id: CreationOptional<number>;
  /** user:<id>, key:<key id>, cli or seed. */
  actor: string;
  source: ImportSource;
  createdAt: CreationOptional<Date>;
}

export function defineImportBatch(
  sequelize: Sequelize,
): ModelStatic<ImportBatch> {
  return sequelize.define<ImportBatch>(
    'ImportBatch',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      actor: { type: DataTypes.STRING(64), allowNull: false },
      source: { type: DataTypes.STRING(16), allowNull: false },
      createdAt: DataTypes.DATE(3),
    },
    { tableName: 'import_batches', underscored: true, updatedAt: false },
  );
}

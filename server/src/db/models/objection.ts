import type { ObjectionStatus } from '@creditplus/shared';
import {
  CreationOptional,
  DataTypes,
  InferAttributes,
  InferCreationAttributes,
  Model,
  ModelStatic,
  Sequelize,
} from 'sequelize';

/** A subject's claim that one of its records is wrong. */
export interface Objection extends Model<
  InferAttributes<Objection>,
  InferCreationAttributes<Objection>
> {
  id: CreationOptional<number>;
  recordId: number;
  subjectId: number;
  userId: number;
  reason: string;
  status: ObjectionStatus;
  /** The record id while pending; its unique key allows one open at once. */
  openRecordId: number | null;
  createdAt: CreationOptional<Date>;
}

export function defineObjection(sequelize: Sequelize): ModelStatic<Objection> {
  return sequelize.define<Objection>(
    'Objection',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      recordId: { type: DataTypes.INTEGER, allowNull: false },
      subjectId: { type: DataTypes.INTEGER, allowNull: false },
      userId: { type: DataTypes.INTEGER, allowNull: false },
      reason: { type: DataTypes.STRING(500), allowNull: false },
      status: { type: DataTypes.STRING(16), allowNull: false },
      openRecordId: { type: DataTypes.INTEGER, allowNull: true },
      createdAt: DataTypes.DATE(3),
    },
    { tableName: 'objections', underscored: true, updatedAt: false },
  );
}

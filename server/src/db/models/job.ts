import type { JobView } from '@creditplus/shared';
import {
  CreationOptional,
  DataTypes,
  InferAttributes,
  InferCreationAttributes,
  Model,
  ModelStatic,
  Sequelize,
} from 'sequelize';

export type JobStatus = JobView['status'];

/** A background job that walks rows by id and can resume from its cursor. */
export interface Job extends Model<
  InferAttributes<Job>,
  InferCreationAttributes<Job>
> {
  id: CreationOptional<number>;
  kind: string;
  status: JobStatus;
  cursor: CreationOptional<number>;
  done: CreationOptional<number>;
  total: CreationOptional<number>;
  error: CreationOptional<string | null>;
  startedAt: CreationOptional<Date | null>;
  finishedAt: CreationOptional<Date | null>;
  /** The run walking the job, while leaseUntil is to come. */
  leaseOwner: CreationOptional<string | null>;
  leaseUntil: CreationOptional<Date | null>;
  createdAt: CreationOptional<Date>;
  updatedAt: CreationOptional<Date>;
}

export function defineJob(sequelize: Sequelize): ModelStatic<Job> {
  return sequelize.define<Job>(
    'Job',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      kind: { type: DataTypes.STRING(32), allowNull: false },
      status: { type: DataTypes.STRING(16), allowNull: false },
      cursor: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      done: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      total: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      error: { type: DataTypes.STRING(500), allowNull: true },
      startedAt: { type: DataTypes.DATE(3), allowNull: true },
      finishedAt: { type: DataTypes.DATE(3), allowNull: true },
      leaseOwner: { type: DataTypes.STRING(64), allowNull: true },
      leaseUntil: { type: DataTypes.DATE(3), allowNull: true },
      createdAt: DataTypes.DATE(3),
      updatedAt: DataTypes.DATE(3),
    },
    { tableName: 'jobs', underscored: true },
  );
}

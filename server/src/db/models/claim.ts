import type { Eligibility } from '@creditplus/shared';
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

/** What eligibility looked like when the claim was accepted. */
export interface ClaimEligibility extends Eligibility {
  grade: string;
  score: number;
  modelVersion: number;
}

export interface Claim extends Model<
  InferAttributes<Claim>,
  InferCreationAttributes<Claim>
> {
  id: CreationOptional<number>;
  offerId: number;
  subjectId: number;
  userId: number;
  slot: number;
  idempotencyKey: string;
  eligibility: ClaimEligibility;
  createdAt: CreationOptional<Date>;
}

export function defineClaim(sequelize: Sequelize): ModelStatic<Claim> {
  return sequelize.define<Claim>(
    'Claim',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      offerId: { type: DataTypes.INTEGER, allowNull: false },
      subjectId: { type: DataTypes.INTEGER, allowNull: false },
      userId: { type: DataTypes.INTEGER, allowNull: false },
      slot: { type: DataTypes.INTEGER, allowNull: false },
      idempotencyKey: { type: DataTypes.STRING(64), allowNull: false },
      eligibility: jsonColumn('eligibility'),
      createdAt: DataTypes.DATE(3),
    },
    { tableName: 'claims', underscored: true, updatedAt: false },
  );
}

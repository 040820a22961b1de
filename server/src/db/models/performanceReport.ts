import type { PerformanceOutcome } from '@creditplus/shared';
import {
  CreationOptional,
  DataTypes,
  InferAttributes,
  InferCreationAttributes,
  Model,
  ModelStatic,
  Sequelize,
} from 'sequelize';

import { moneyColumn } from './columns';

/** A merchant's word on a deposit-free deal: returned on time or not. */
export interface PerformanceReport extends Model<
  InferAttributes<PerformanceReport>,
  InferCreationAttributes<PerformanceReport>
> {
  id: CreationOptional<number>;
  voucherId: number;
  merchantId: number;
  reportedByUserId: number;
  outcome: PerformanceOutcome;
  amountFen: number | null;
  recordId: number;
  createdAt: CreationOptional<Date>;
}

export function definePerformanceReport(
  sequelize: Sequelize,
): ModelStatic<PerformanceReport> {
  return sequelize.define<PerformanceReport>(
    'PerformanceReport',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      voucherId: { type: DataTypes.INTEGER, allowNull: false },
      merchantId: { type: DataTypes.INTEGER, allowNull: false },
      reportedByUserId: { type: DataTypes.INTEGER, allowNull: false },
      outcome: { type: DataTypes.STRING(16), allowNull: false },
      amountFen: moneyColumn('amountFen'),
      recordId: { type: DataTypes.INTEGER, allowNull: false },
      createdAt: DataTypes.DATE(3),
    },
    { tableName: 'performance_reports', underscored: true, updatedAt: false },
  );
}

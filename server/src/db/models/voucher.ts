import type { VoucherStatus } from '@creditplus/shared';
import {
  CreationOptional,
  DataTypes,
  InferAttributes,
  InferCreationAttributes,
  Model,
  ModelStatic,
  Sequelize,
} from 'sequelize';

export interface Voucher extends Model<
  InferAttributes<Voucher>,
  InferCreationAttributes<Voucher>
> {
  id: CreationOptional<number>;
  claimId: number;
  /** 32 hex characters, 128 random bits. */
  code: string;
  status: VoucherStatus;
  expiresAt: Date;
  redeemedAt: Date | null;
  redeemedByUserId: number | null;
  cancelledAt: CreationOptional<Date | null>;
  createdAt: CreationOptional<Date>;
}

export function defineVoucher(sequelize: Sequelize): ModelStatic<Voucher> {
  return sequelize.define<Voucher>(
    'Voucher',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      claimId: { type: DataTypes.INTEGER, allowNull: false },
      code: { type: DataTypes.CHAR(32), allowNull: false },
      status: { type: DataTypes.STRING(16), allowNull: false },
      expiresAt: { type: DataTypes.DATE(3), allowNull: false },
      redeemedAt: { type: DataTypes.DATE(3), allowNull: true },
      redeemedByUserId: { type: DataTypes.INTEGER, allowNull: true },
      cancelledAt: { type: DataTypes.DATE(3), allowNull: true },
      createdAt: DataTypes.DATE(3),
    },
    { tableName: 'vouchers', underscored: true, updatedAt: false },
  );
}

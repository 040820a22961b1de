import {
  CreationOptional,
  DataTypes,
  InferAttributes,
  InferCreationAttributes,
  Model,
  ModelStatic,
  Sequelize,
} from 'sequelize';

/**
 * A one-time code a merchant or the credit office hands to a new staff
 * member; it names exactly one merchant or department.
 */
export interface StaffInvite extends Model<
  InferAttributes<StaffInvite>,
  InferCreationAttributes<StaffInvite>
> {
  id: CreationOptional<number>;
  merchantId: CreationOptional<number | null>;
  departmentId: CreationOptional<number | null>;
  /** SHA-256 hex of the code; the code itself is shown once. */
  codeHash: string;
  createdByUserId: number;
  expiresAt: Date;
  usedAt: CreationOptional<Date | null>;
  usedByUserId: CreationOptional<number | null>;
  createdAt: CreationOptional<Date>;
}

export function defineStaffInvite(
  sequelize: Sequelize,
): ModelStatic<StaffInvite> {
  return sequelize.define<StaffInvite>(
    'StaffInvite',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      merchantId: { type: DataTypes.INTEGER, allowNull: true },
      departmentId: { type: DataTypes.INTEGER, allowNull: true },
      codeHash: { type: DataTypes.CHAR(64), allowNull: false },
      createdByUserId: { type: DataTypes.INTEGER, allowNull: false },
      expiresAt: { type: DataTypes.DATE(3), allowNull: false },
      usedAt: { type: DataTypes.DATE(3), allowNull: true },
      usedByUserId: { type: DataTypes.INTEGER, allowNull: true },
      createdAt: DataTypes.DATE(3),
    },
    { tableName: 'staff_invites', underscored: true, updatedAt: false },
  );
}

import {
  CreationOptional,
  DataTypes,
  InferAttributes,
  InferCreationAttributes,
  Model,
  ModelStatic,
  Sequelize,
} from 'sequelize';

export type MerchantStatus = 'pending' | 'approved' | 'refused';

/** An organization that publishes offers; its staff are users. */
export interface Merchant extends Model<
  InferAttributes<Merchant>,
  InferCreationAttributes<Merchant>
> {
  id: CreationOptional<number>;
  subjectId: number;
  name: string;
  /** Only an approved merchant's offers go to review and publication. */
  status: CreationOptional<MerchantStatus>;
  reviewReason: CreationOptional<string | null>;
  reviewedAt: CreationOptional<Date | null>;
  registeredByUserId: CreationOptional<number | null>;
  createdAt: CreationOptional<Date>;
}

export function defineMerchant(sequelize: Sequelize): ModelStatic<Merchant> {
  return sequelize.define<Merchant>(
    'Merchant',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      subjectId: { type: DataTypes.INTEGER, allowNull: false },
      name: { type: DataTypes.STRING(200), allowNull: false },
      status: {
        type: DataTypes.STRING(16),
        allowNull: false,
        defaultValue: 'approved',
      },
      reviewReason: { type: DataTypes.STRING(200), allowNull: true },
      reviewedAt: { type: DataTypes.DATE(3), allowNull: true },
      registeredByUserId: { type: DataTypes.INTEGER, allowNull: true },
      createdAt: DataTypes.DATE(3),
    },
    { tableName: 'merchants', underscored: true, updatedAt: false },
  );
}

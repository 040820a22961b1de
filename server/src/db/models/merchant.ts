import {
  CreationOptional,
  DataTypes,
  InferAttributes,
  InferCreationAttributes,
  Model,
  ModelStatic,
  Sequelize,
} from 'sequelize';

/** An organization that publishes offers; its staff are users. */
export interface Merchant extends Model<
  InferAttributes<Merchant>,
  InferCreationAttributes<Merchant>
> {
  id: CreationOptional<number>;
  subjectId: number;
  name: string;
  createdAt: CreationOptional<Date>;
}

export function defineMerchant(sequelize: Sequelize): ModelStatic<Merchant> {
  return sequelize.define<Merchant>(
    'Merchant',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      subjectId: { type: DataTypes.INTEGER, allowNull: false },
      name: { type: DataTypes.STRING(200), allowNull: false },
      createdAt: DataTypes.DATE(3),
    },
    { tableName: 'merchants', underscored: true, updatedAt: false },
  );
}

import {
  CreationOptional,
  DataTypes,
  InferAttributes,
  InferCreationAttributes,
  Model,
  ModelStatic,
  Sequelize,
} from 'sequelize';

export interface Department extends Model<
  InferAttributes<Department>,
  InferCreationAttributes<Department>
> {
  id: CreationOptional<number>;
  name: string;
  uscc: string | null;
  createdAt: CreationOptional<Date>;
}

export function defineDepartment(
  sequelize: Sequelize,
): ModelStatic<Department> {
  return sequelize.define<Department>(
    'Department',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      name: { type: DataTypes.STRING(100), allowNull: false },
      uscc: { type: DataTypes.STRING(18), allowNull: true },
      createdAt: DataTypes.DATE(3),
    },
    { tableName: 'departments', underscored: true, updatedAt: false },
  );
}

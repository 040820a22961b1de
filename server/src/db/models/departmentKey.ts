import {
  CreationOptional,
  DataTypes,
  InferAttributes,
  InferCreationAttributes,
  Model,
  ModelStatic,
  Sequelize,
} from 'sequelize';

/** A department's API key for signed pushes. */
export interface DepartmentKey extends Model<
  InferAttributes<DepartmentKey>,
  InferCreationAttributes<DepartmentKey>
> {
  id: CreationOptional<number>;
  departmentId: number;
  keyId: string;
  /** domain/keySecret.ts sealSecret; the plain secret is shown once. */
  secretCipher: string;
  createdByUserId: number | null;
  createdAt: CreationOptional<Date>;
  revokedAt: Date | null;
}

export function defineDepartmentKey(
  sequelize: Sequelize,
): ModelStatic<DepartmentKey> {
  return sequelize.define<DepartmentKey>(
    'DepartmentKey',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      departmentId: { type: DataTypes.INTEGER, allowNull: false },
      keyId: { type: DataTypes.STRING(40), allowNull: false },
      secretCipher: { type: DataTypes.STRING(200), allowNull: false },
      createdByUserId: { type: DataTypes.INTEGER, allowNull: true },
      createdAt: DataTypes.DATE(3),
      revokedAt: { type: DataTypes.DATE(3), allowNull: true },
    },
    { tableName: 'department_keys', underscored: true, updatedAt: false },
  );
}

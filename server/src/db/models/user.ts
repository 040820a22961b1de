import type { UserRole } from '@creditplus/shared';
import {
  CreationOptional,
  DataTypes,
  InferAttributes,
  InferCreationAttributes,
  Model,
  ModelStatic,
  Sequelize,
} from 'sequelize';

/** An account; it acts for at most one subject and one merchant. */
export interface User extends Model<
  InferAttributes<User>,
  InferCreationAttributes<User>
> {
  id: CreationOptional<number>;
  /** Demo accounts only. */
  login: string | null;
  openid: string | null;
  displayName: string;
  subjectId: number | null;
  merchantId: number | null;
  /** Set for department staff (role 'department'). */
  departmentId: CreationOptional<number | null>;
  role: UserRole;
  createdAt: CreationOptional<Date>;
}

export function defineUser(sequelize: Sequelize): ModelStatic<User> {
  return sequelize.define<User>(
    'User',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      login: { type: DataTypes.STRING(64), allowNull: true },
      openid: { type: DataTypes.STRING(64), allowNull: true },
      displayName: { type: DataTypes.STRING(100), allowNull: false },
      subjectId: { type: DataTypes.INTEGER, allowNull: true },
      merchantId: { type: DataTypes.INTEGER, allowNull: true },
      departmentId: {
        type: DataTypes.INTEGER,
        allowNull: true,
        defaultValue: null,
      },
      role: { type: DataTypes.STRING(16), allowNull: false },
      createdAt: DataTypes.DATE(3),
    },
    { tableName: 'users', underscored: true, updatedAt: false },
  );
}

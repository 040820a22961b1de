import {
  CreationOptional,
  DataTypes,
  InferAttributes,
  InferCreationAttributes,
  Model,
  ModelStatic,
  Sequelize,
} from 'sequelize';

/** One look at a subject's grade by a merchant, shown to the subject. */
export interface QueryLog extends Model<
  InferAttributes<QueryLog>,
  InferCreationAttributes<QueryLog>
> {
  id: CreationOptional<number>;
  subjectId: number;
  merchantId: number;
  viewerUserId: number;
  claimId: number;
  purpose: string;
  createdAt: CreationOptional<Date>;
}

export function defineQueryLog(sequelize: Sequelize): ModelStatic<QueryLog> {
  return sequelize.define<QueryLog>(
    'QueryLog',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      subjectId: { type: DataTypes.INTEGER, allowNull: false },
      merchantId: { type: DataTypes.INTEGER, allowNull: false },
      viewerUserId: { type: DataTypes.INTEGER, allowNull: false },
      claimId: { type: DataTypes.INTEGER, allowNull: false },
      purpose: { type: DataTypes.STRING(200), allowNull: false },
      createdAt: DataTypes.DATE(3),
    },
    { tableName: 'query_logs', underscored: true, updatedAt: false },
  );
}

import {
  CreationOptional,
  DataTypes,
  InferAttributes,
  InferCreationAttributes,
  Model,
  ModelStatic,
  Sequelize,
} from 'sequelize';

/** Something the platform tells a subject, e.g. a new record. */
export interface Notification extends Model<
  InferAttributes<Notification>,
  InferCreationAttributes<Notification>
> {
  id: CreationOptional<number>;
  subjectId: number;
  kind: string;
  title: string;
  body: string;
  recordId: number | null;
  createdAt: CreationOptional<Date>;
}

export function defineNotification(
  sequelize: Sequelize,
): ModelStatic<Notification> {
  return sequelize.define<Notification>(
    'Notification',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      subjectId: { type: DataTypes.INTEGER, allowNull: false },
      kind: { type: DataTypes.STRING(32), allowNull: false },
      title: { type: DataTypes.STRING(100), allowNull: false },
      body: { type: DataTypes.STRING(500), allowNull: false },
      recordId: { type: DataTypes.INTEGER, allowNull: true },
      createdAt: DataTypes.DATE(3),
    },
    { tableName: 'notifications', underscored: true, updatedAt: false },
  );
}

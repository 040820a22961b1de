import {
  CreationOptional,
  DataTypes,
  InferAttributes,
  InferCreationAttributes,
  Model,
  ModelStatic,
  Sequelize,
} from 'sequelize';

/** A nonce a signed push used; unique per key. */
export interface PushNonce extends Model<
  InferAttributes<PushNonce>,
  InferCreationAttributes<PushNonce>
> {
  id: CreationOptional<number>;
  keyId: string;
  nonce: string;
  createdAt: CreationOptional<Date>;
}

export function definePushNonce(sequelize: Sequelize): ModelStatic<PushNonce> {
  return sequelize.define<PushNonce>(
    'PushNonce',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      keyId: { type: DataTypes.STRING(40), allowNull: false },
      nonce: { type: DataTypes.STRING(64), allowNull: false },
      createdAt: DataTypes.DATE(3),
    },
    { tableName: 'push_nonces', underscored: true, updatedAt: false },
  );
}

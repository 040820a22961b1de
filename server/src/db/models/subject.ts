import type { SubjectCategory, SubjectKind } from '@creditplus/shared';
import {
  CreationOptional,
  DataTypes,
  InferAttributes,
  InferCreationAttributes,
  Model,
  ModelStatic,
  Sequelize,
} from 'sequelize';

/** A person or organization; its code is stored hashed, encrypted, masked. */
export interface Subject extends Model<
  InferAttributes<Subject>,
  InferCreationAttributes<Subject>
> {
  id: CreationOptional<number>;
  kind: SubjectKind;
  category: SubjectCategory;
  name: string;
  codeHash: string;
  codeCipher: string;
  codeMasked: string;
  region: string | null;
  /** The decision date of the row its name came from; null when seeded. */
  namedOn: CreationOptional<string | null>;
  createdAt: CreationOptional<Date>;
}

export function defineSubject(sequelize: Sequelize): ModelStatic<Subject> {
  return sequelize.define<Subject>(
    'Subject',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      kind: { type: DataTypes.STRING(16), allowNull: false },
      category: { type: DataTypes.STRING(32), allowNull: false },
      name: { type: DataTypes.STRING(200), allowNull: false },
      codeHash: { type: DataTypes.CHAR(64), allowNull: false },
      codeCipher: { type: DataTypes.STRING(255), allowNull: false },
      codeMasked: { type: DataTypes.STRING(32), allowNull: false },
      region: { type: DataTypes.STRING(6), allowNull: true },
      namedOn: { type: DataTypes.DATEONLY, allowNull: true },
      createdAt: DataTypes.DATE(3),
    },
    { tableName: 'subjects', underscored: true, updatedAt: false },
  );
}

import type { Rating as RatingBody } from '@creditplus/shared';
import {
  CreationOptional,
  DataTypes,
  InferAttributes,
  InferCreationAttributes,
  Model,
  ModelStatic,
  Sequelize,
} from 'sequelize';

import { jsonColumn } from './columns';

/** The latest computed rating of a subject; breakdown is the whole body. */
export interface RatingRow extends Model<
  InferAttributes<RatingRow>,
  InferCreationAttributes<RatingRow>
> {
  id: CreationOptional<number>;
  subjectId: number;
  score: number;
  grade: string;
  modelVersion: number;
  breakdown: RatingBody;
  computedAt: Date;
}

export function defineRating(sequelize: Sequelize): ModelStatic<RatingRow> {
  return sequelize.define<RatingRow>(
    'Rating',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      // Declared unique here too so upsert knows its conflict key.
      subjectId: { type: DataTypes.INTEGER, allowNull: false, unique: true },
      score: { type: DataTypes.INTEGER, allowNull: false },
      grade: { type: DataTypes.STRING(4), allowNull: false },
      modelVersion: { type: DataTypes.INTEGER, allowNull: false },
      breakdown: jsonColumn('breakdown'),
      computedAt: { type: DataTypes.DATE(3), allowNull: false },
    },
    { tableName: 'ratings', underscored: true, timestamps: false },
  );
}

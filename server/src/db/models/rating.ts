import {
  CreationOptional,
  DataTypes,
  InferAttributes,
  InferCreationAttributes,
  Model,
  ModelStatic,
  Sequelize,
} from 'sequelize';

import type { StoredRating } from '../../domain/ratingBreakdown';
import { jsonColumn } from './columns';

/**
 * The latest computed rating of a subject; breakdown is its compact form
 * (domain/ratingBreakdown), from which the whole rating is rebuilt.
 */
export interface RatingRow extends Model<
  InferAttributes<RatingRow>,
  InferCreationAttributes<RatingRow>
> {
  id: CreationOptional<number>;
  subjectId: number;
  score: number;
  grade: string;
  modelVersion: number;
  breakdown: StoredRating;
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

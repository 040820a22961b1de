import {
  DataTypes,
  InferAttributes,
  InferCreationAttributes,
  Model,
  ModelStatic,
  Sequelize,
} from 'sequelize';

import type { StoredBreakdown } from '../../domain/ratingBreakdown';
import { jsonColumn } from './columns';

/**
 * The latest computed rating of a subject; with its breakdown
 * (domain/ratingBreakdown) the whole rating is rebuilt.
 */
export interface RatingRow extends Model<
  InferAttributes<RatingRow>,
  InferCreationAttributes<RatingRow>
> {
  subjectId: number;
  score: number;
  grade: string;
  modelVersion: number;
  breakdown: StoredBreakdown;
  computedAt: Date;
}

export function defineRating(sequelize: Sequelize): ModelStatic<RatingRow> {
  return sequelize.define<RatingRow>(
    'Rating',
    {
      // One rating per subject: the subject id is the key.
      subjectId: { type: DataTypes.INTEGER, primaryKey: true },
      score: { type: DataTypes.INTEGER, allowNull: false },
      grade: { type: DataTypes.STRING(4), allowNull: false },
      modelVersion: { type: DataTypes.INTEGER, allowNull: false },
      breakdown: jsonColumn('breakdown'),
      computedAt: { type: DataTypes.DATE(3), allowNull: false },
    },
    { tableName: 'ratings', underscored: true, timestamps: false },
  );
}

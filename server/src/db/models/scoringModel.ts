import type { SubjectKind } from '@creditplus/shared';
import {
  CreationOptional,
  DataTypes,
  InferAttributes,
  InferCreationAttributes,
  Model,
  ModelStatic,
  Sequelize,
} from 'sequelize';

import type { ScoringModel } from '../../domain/scoringModels';
import { jsonColumn } from './columns';

/** A published version of a subject kind's scoring model. */
export interface ScoringModelRow extends Model<
  InferAttributes<ScoringModelRow>,
  InferCreationAttributes<ScoringModelRow>
> {
  id: CreationOptional<number>;
  subjectKind: SubjectKind;
  version: number;
  /** Base and dimensions; kind and version live in their own columns. */
  definition: Omit<ScoringModel, 'version' | 'subjectKind'>;
  publishedAt: Date;
  publishedBy: number | null;
}

export function defineScoringModel(
  sequelize: Sequelize,
): ModelStatic<ScoringModelRow> {
  return sequelize.define<ScoringModelRow>(
    'ScoringModel',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      subjectKind: { type: DataTypes.STRING(16), allowNull: false },
      version: { type: DataTypes.INTEGER, allowNull: false },
      definition: jsonColumn('definition'),
      publishedAt: { type: DataTypes.DATE(3), allowNull: false },
      publishedBy: { type: DataTypes.INTEGER, allowNull: true },
    },
    { tableName: 'scoring_models', underscored: true, timestamps: false },
  );
}

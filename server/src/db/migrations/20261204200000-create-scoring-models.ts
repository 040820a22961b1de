// Scoring models as versioned data, one version line per subject kind,
// seeded with the version 1 defaults of DESIGN.md.
import { DataTypes, QueryInterface } from 'sequelize';

import { defaultModels } from '../../domain/scoringModels';

type Params = { context: QueryInterface };

// The instant version 1 counts as published: when the platform first ran.
const V1_PUBLISHED_AT = new Date('2026-12-03T00:00:00Z');

export async function up({ context: qi }: Params): Promise<void> {
  await qi.createTable('scoring_models', {
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
    subject_kind: { type: DataTypes.STRING(16), allowNull: false },
    version: { type: DataTypes.INTEGER, allowNull: false },
    definition: { type: DataTypes.JSON, allowNull: false },
    published_at: { type: DataTypes.DATE(3), allowNull: false },
    published_by: {
      type: DataTypes.INTEGER,
      allowNull: true,
      references: { model: 'users', key: 'id' },
    },
  });
  await qi.addIndex('scoring_models', ['subject_kind', 'version'], {
    name: 'scoring_models_kind_version',
    unique: true,
  });
  await qi.bulkInsert(
    'scoring_models',
    Object.values(defaultModels).map(({ version, subjectKind, ...rest }) => ({
      subject_kind: subjectKind,
      version,
      definition: JSON.stringify(rest),
      published_at: V1_PUBLISHED_AT,
      published_by: null,
    })),
  );
}

export async function down({ context: qi }: Params): Promise<void> {
  await qi.dropTable('scoring_models');
}

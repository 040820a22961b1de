// Watch lists (重点关注名单, 经营异常名录) are now records the intake takes,
// and an organization's abnormal-operations listing counts in its model's
// punishment dimension (DESIGN.md). A database whose latest organization
// model is still the seeded version 1 gets version 2: version 1 with a
// deduction for a watch listing. No subject held a watch-list record
// before, so no score changes and no rescore is queued: each rating takes
// the new version when it is next computed. Where the credit office has
// published its own version already, the choice stays the office's.
import { QueryInterface, QueryTypes } from 'sequelize';

type Params = { context: QueryInterface };

interface StoredModel {
  definition: string | { dimensions: Dimension[] };
}

interface Dimension {
  key: string;
  rules: { recordType: string; points: number; label: string }[];
}

const WATCH_LIST_RULE = {
  recordType: 'watchlist',
  points: -100,
  label: '重点关注名单',
};

export async function up({ context: qi }: Params): Promise<void> {
  const latest = await qi.sequelize.query<StoredModel & { version: number }>(
    'SELECT version, definition FROM scoring_models WHERE subject_kind =' +
      " 'organization' ORDER BY version DESC LIMIT 1",
    { type: QueryTypes.SELECT },
  );
  if (latest.length !== 1 || latest[0].version !== 1) return;
  const { definition } = latest[0];
  const model =
    typeof definition === 'string'
      ? (JSON.parse(definition) as { dimensions: Dimension[] })
      : definition;
  const punishment = model.dimensions.find((d) => d.key === 'punishment');
  if (punishment === undefined) return;
  punishment.rules.push(WATCH_LIST_RULE);
  await qi.bulkInsert('scoring_models', [
    {
      subject_kind: 'organization',
      version: 2,
      definition: JSON.stringify(model),
      // In force from when this database took it, never a date ahead.
      published_at: new Date(),
      published_by: null,
    },
  ]);
}

export async function down({ context: qi }: Params): Promise<void> {
  await qi.sequelize.query(
    "DELETE FROM scoring_models WHERE subject_kind = 'organization'" +
      ' AND version = 2 AND published_by IS NULL',
  );
}

// The office writes a new model version as the JSON the publish endpoint
// takes, starting from the version in force. Only the JSON syntax is
// checked here; what the values mean is the server's check, which lists
// every problem at once.
import type { ScoringModelRequest, ScoringModelView } from '@creditplus/shared';

type Dimension = ScoringModelView['dimensions'][number];
type Rule = Dimension['rules'][number];

export type DraftRead =
  { ok: true; model: ScoringModelRequest } | { ok: false; message: string };

/**
 * The request that would publish `model` again. Fields are picked one by
 * one: the endpoint refuses any it does not know, so a field the list
 * gains later must not slip into the draft.
 */
export function requestOf(model: ScoringModelView): ScoringModelRequest {
  return {
    subjectKind: model.subjectKind,
    base: model.base,
    dimensions: model.dimensions.map(dimensionOf),
  };
}

function dimensionOf(dimension: Dimension): Dimension {
  return {
    key: dimension.key,
    label: dimension.label,
    cap: { min: dimension.cap.min, max: dimension.cap.max },
    rules: dimension.rules.map(ruleOf),
  };
}

// An option a rule does not have stays undefined, which JSON leaves out.
function ruleOf(rule: Rule): Rule {
  return {
    recordType: rule.recordType,
    severity: rule.severity,
    category: rule.category,
    points: rule.points,
    label: rule.label,
    halfLifeDays: rule.halfLifeDays,
  };
}

/** The editor's starting text: the request, indented to be edited. */
export function draftText(model: ScoringModelView): string {
  return JSON.stringify(requestOf(model), null, 2);
}

export function readDraft(text: string): DraftRead {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const line = lineOfError(text, (error as Error).message);
    const where = line === null ? '' : `（第 ${line} 行附近）`;
    return {
      ok: false,
      message: `JSON 格式有误${where}，请检查括号、引号和逗号`,
    };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: '模型须为一个 JSON 对象 { … }' };
  }
  // The server checks every field and answers with all problems at once.
  return { ok: true, model: value as ScoringModelRequest };
}

// JSON.parse names the offset it stopped at ("… at position 42"); the
// office finds a line number faster in a long text.
function lineOfError(text: string, message: string): number | null {
  const found = /position (\d+)/.exec(message);
  if (found === null) return null;
  const offset = Math.min(Number(found[1]), text.length);
  return text.slice(0, offset).split('\n').length;
}

// Turns a subject's rating history into the geometry of a small line
// chart, in the design pixels of the 750-wide page, so the component only
// places views and the arithmetic is tested here.
import type { RatingHistoryPoint } from '@creditplus/shared';
import { formatDay } from './dates';

export interface TrendPoint {
  x: number;
  y: number;
  score: number;
  grade: string;
  /** YYYY-MM-DD on Beijing time. */
  day: string;
  /** MM-DD under the axis, or '' where labels would crowd. */
  label: string;
}

/** A line from one point to the next: start, length and slope. */
export interface TrendSegment {
  x: number;
  y: number;
  length: number;
  degrees: number;
}

export interface Trend {
  points: TrendPoint[];
  segments: TrendSegment[];
  /** Score at the bottom and top of the plot. */
  floor: number;
  ceiling: number;
  /** Change from the previous score to the current one; null if none. */
  change: number | null;
}

export interface TrendBox {
  width: number;
  height: number;
  /** Room kept at the left and right ends for the dots and labels. */
  inset: number;
  /** How many of the latest scores fit. */
  maxPoints: number;
}

const STEP = 50;
const MAX_SCORE = 1000;
const ALL_LABELS_UP_TO = 6;

const round = (n: number) => Math.round(n * 100) / 100;

// A rescore that gives the same score again is no change in the trend:
// keep the first rating of each run, the day that score was reached.
function changesOnly(history: RatingHistoryPoint[]): RatingHistoryPoint[] {
  const sorted = [...history].sort((a, b) =>
    a.computedAt.localeCompare(b.computedAt),
  );
  return sorted.filter(
    (point, i) =>
      i === 0 ||
      point.score !== sorted[i - 1].score ||
      point.grade !== sorted[i - 1].grade,
  );
}

// Whole steps of 50 around the scores, so a flat line sits mid-plot and a
// small change is not blown up to the full height.
function range(scores: number[]): [number, number] {
  const low = Math.min(...scores);
  const high = Math.max(...scores);
  const floor = Math.max(0, Math.floor((low - STEP / 2) / STEP) * STEP);
  const ceiling = Math.min(
    MAX_SCORE,
    Math.ceil((high + STEP / 2) / STEP) * STEP,
  );
  return [floor, Math.max(ceiling, floor + STEP)];
}

export function buildTrend(
  history: RatingHistoryPoint[],
  box: TrendBox,
): Trend {
  const kept = changesOnly(history).slice(-box.maxPoints);
  if (kept.length === 0) {
    return { points: [], segments: [], floor: 0, ceiling: 0, change: null };
  }

  const [floor, ceiling] = range(kept.map((p) => p.score));
  const span = box.width - 2 * box.inset;
  const gap = kept.length > 1 ? span / (kept.length - 1) : 0;
  const last = kept.length - 1;
  const points = kept.map((p, i): TrendPoint => {
    const day = formatDay(p.computedAt);
    const labelled = kept.length <= ALL_LABELS_UP_TO || i === 0 || i === last;
    return {
      x: round(kept.length > 1 ? box.inset + i * gap : box.width / 2),
      y: round(
        box.height - ((p.score - floor) / (ceiling - floor)) * box.height,
      ),
      score: p.score,
      grade: p.grade,
      day,
      label: labelled ? day.slice(5) : '',
    };
  });

  const segments = points.slice(1).map((to, i): TrendSegment => {
    const from = points[i];
    const dx = to.x - from.x;
    const dy = to.y - from.y;
    return {
      x: from.x,
      y: from.y,
      length: round(Math.hypot(dx, dy)),
      degrees: round((Math.atan2(dy, dx) * 180) / Math.PI),
    };
  });

  const change = last > 0 ? kept[last].score - kept[last - 1].score : null;
  return { points, segments, floor, ceiling, change };
}

/**
 * The chart's heading. Runs of equal scores are one point, so a lone point
 * is a score held, and each point after the first is one change: ten
 * points are nine changes.
 */
export function trendCaption(points: TrendPoint[]): string {
  if (points.length === 0) return '';
  if (points.length === 1) return `自 ${points[0].day} 起未变`;
  return `最近 ${points.length - 1} 次分数变化`;
}

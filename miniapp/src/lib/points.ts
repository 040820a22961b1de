/** +50, −60, 0: points with their sign, using a true minus for reading. */
export function signedPoints(points: number): string {
  if (points > 0) return `+${points}`;
  if (points < 0) return `−${-points}`;
  return '0';
}

import { signedPoints } from './points';

describe('signedPoints', () => {
  it.each([
    [50, '+50'],
    [-60, '−60'],
    [0, '0'],
  ])('%i reads %s', (points, text) => {
    expect(signedPoints(points)).toBe(text);
  });
});

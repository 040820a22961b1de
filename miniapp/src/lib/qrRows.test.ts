import { qrRows } from './qrRows';

describe('qrRows', () => {
  const code = '0123456789abcdef0123456789abcdef';
  const { size, rows } = qrRows(code);

  it('covers every module of every row exactly once', () => {
    expect(rows).toHaveLength(size);
    for (const runs of rows) {
      expect(runs.reduce((sum, run) => sum + run.length, 0)).toBe(size);
    }
  });

  it('merges neighbours of one colour into a run', () => {
    for (const runs of rows) {
      runs
        .slice(1)
        .forEach((run, i) => expect(run.dark).not.toBe(runs[i].dark));
    }
  });

  it('starts with the finder pattern in the top corners', () => {
    // Row 0: seven dark (finder), light separator, …, seven dark.
    expect(rows[0][0]).toEqual({ dark: true, length: 7 });
    expect(rows[0][rows[0].length - 1]).toEqual({ dark: true, length: 7 });
  });

  it('encodes different text differently', () => {
    expect(qrRows('ffff' + code.slice(4)).rows).not.toEqual(rows);
  });
});

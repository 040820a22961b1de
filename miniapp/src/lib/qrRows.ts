// A QR code as rows of same-colour runs. Drawing each run as one box keeps
// the node count low enough for the weapp renderer (a 29×29 code is 841
// modules but only a few hundred runs) and needs no canvas or image API,
// so one component draws it on weapp and h5 alike.
import qrcode from 'qrcode-generator';

export interface QrRun {
  dark: boolean;
  /** Modules in the run. */
  length: number;
}

export interface QrRows {
  /** Modules per side, without the quiet zone. */
  size: number;
  rows: QrRun[][];
}

export function qrRows(text: string): QrRows {
  // Level M survives a scuffed or glare-covered screen at a modest size.
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();

  const size = qr.getModuleCount();
  const rows: QrRun[][] = [];
  for (let row = 0; row < size; row += 1) {
    const runs: QrRun[] = [];
    for (let col = 0; col < size; col += 1) {
      const dark = qr.isDark(row, col);
      const last = runs[runs.length - 1];
      if (last !== undefined && last.dark === dark) last.length += 1;
      else runs.push({ dark, length: 1 });
    }
    rows.push(runs);
  }
  return { size, rows };
}

// A zip bomb shaped like the one a department could upload by mistake or
// on purpose: a worksheet of spaces that deflates a thousandfold. The
// spaces are deflated a megabyte at a time and never held, so a bomb of
// hundreds of megabytes builds in well under a second. `declaredBytes`
// makes the zip lie about the worksheet's size, as a forged one would.
// Layout after APPNOTE 6.3, as in zipArchive.ts, with method 8 (deflate).
import { once } from 'node:events';
import zlib from 'node:zlib';

const SHEET = Buffer.from('xl/worksheets/sheet1.xml', 'utf8');
const MEGABYTE = Buffer.alloc(1024 * 1024, 0x20);

export async function zipBomb(
  unpackedBytes: number,
  declaredBytes = unpackedBytes,
): Promise<Buffer> {
  const { deflated, crc } = await deflateSpaces(unpackedBytes);

  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4); // version needed
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(deflated.length, 18);
  local.writeUInt32LE(declaredBytes, 22);
  local.writeUInt16LE(SHEET.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4); // version made by
  central.writeUInt16LE(20, 6); // version needed
  central.writeUInt16LE(8, 10); // deflate
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(deflated.length, 20);
  central.writeUInt32LE(declaredBytes, 24);
  central.writeUInt16LE(SHEET.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + SHEET.length, 12);
  end.writeUInt32LE(local.length + SHEET.length + deflated.length, 16);
  return Buffer.concat([local, SHEET, deflated, central, SHEET, end]);
}

async function deflateSpaces(
  bytes: number,
): Promise<{ deflated: Buffer; crc: number }> {
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (part: Buffer) => parts.push(part));
  let crc = 0;
  for (let left = bytes; left > 0; left -= MEGABYTE.length) {
    const chunk = MEGABYTE.subarray(0, Math.min(left, MEGABYTE.length));
    crc = zlib.crc32(chunk, crc);
    if (!deflate.write(chunk)) await once(deflate, 'drain');
  }
  deflate.end();
  await once(deflate, 'end');
  return { deflated: Buffer.concat(parts), crc };
}

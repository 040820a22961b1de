// Refuses a workbook that unpacks to more than the server should hold
// before exceljs inflates all of it into memory: a zip of a few hundred
// kilobytes can hold a worksheet padded with gigabytes of spaces.
//
// The sizes a zip declares are summed first, so an honest bomb is refused
// without inflating a byte. Declared sizes can lie, so every entry is then
// inflated and its bytes thrown away: yauzl counts them and stops an entry
// the moment it passes its declared size, so the bytes exceljs will
// inflate are at most the sum just checked. A normal workbook costs one
// pass of inflating and nothing held.
import { finished } from 'node:stream/promises';
import { Entry, fromBufferPromise, ZipFile } from 'yauzl';

import { AppError } from '../../errors';

// A 5 MB workbook of 100,000 rows unpacks to about 62 MB, so a workbook
// of the 20 MB an upload may be unpacks to about 250 MB: the cap refuses
// no workbook a department can honestly send, and bounds what exceljs
// inflates. The message of workbook_too_large names it.
export const UNPACKED_MAX_BYTES = 256 * 1024 * 1024;

export async function checkUnpackedSize(
  content: Buffer,
  maxBytes: number = UNPACKED_MAX_BYTES,
): Promise<void> {
  let zip: ZipFile;
  const entries: Entry[] = [];
  try {
    zip = await fromBufferPromise(content, { validateEntrySizes: true });
    for await (const entry of zip.eachEntry()) entries.push(entry);
  } catch {
    // Not a zip after all, or a broken one.
    throw new AppError('unsupported_file_type');
  }

  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > maxBytes) throw new AppError('workbook_too_large');

  try {
    for (const entry of entries) {
      const bytes = await zip.openReadStreamPromise(entry);
      bytes.resume();
      await finished(bytes);
    }
  } catch {
    // An entry that is more (or less) than it declares, data that does not
    // inflate, or a compression Excel never uses: no workbook we can read.
    throw new AppError('unsupported_file_type');
  }
}

import ExcelJS from 'exceljs';

import { zipBomb } from '../../../test/support/zipBomb';
import { checkUnpackedSize } from './checkUnpackedSize';

const MB = 1024 * 1024;

describe('checkUnpackedSize', () => {
  it('lets through a zip that unpacks to the cap exactly', async () => {
    await expect(
      checkUnpackedSize(await zipBomb(2 * MB), 2 * MB),
    ).resolves.toBeUndefined();
  });

  it('lets through a workbook Excel would write', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('处罚').addRow(['行政处罚决定书文号', '罚款金额(万元)']);
    const content = Buffer.from(await book.xlsx.writeBuffer());
    await expect(checkUnpackedSize(content)).resolves.toBeUndefined();
  });

  it('refuses a zip that unpacks to a byte over the cap', async () => {
    await expect(
      checkUnpackedSize(await zipBomb(2 * MB + 1), 2 * MB),
    ).rejects.toMatchObject({ code: 'workbook_too_large', status: 413 });
  });

  it('refuses a zip understating its unpacked size as unreadable', async () => {
    // It says a kilobyte and holds 8 MB: the inflating stops just past
    // the kilobyte, long before the cap.
    const forged = await zipBomb(8 * MB, 1024);
    await expect(checkUnpackedSize(forged, 2 * MB)).rejects.toMatchObject({
      code: 'unsupported_file_type',
    });
  });

  it('refuses bytes that only start like a zip', async () => {
    const broken = Buffer.from('504b0304140000000800', 'hex');
    await expect(checkUnpackedSize(broken)).rejects.toMatchObject({
      code: 'unsupported_file_type',
    });
  });
});

// Picking the spreadsheet to upload. WeChat can take a file from a chat
// (chooseMessageFile); a browser has its file input, which the upload page
// renders itself and hands over here.
import Taro from '@tarojs/taro';
import type { LocalFile } from '../../lib/apiClient';

export interface ChosenFile extends LocalFile {
  size: number;
}

export async function chooseChatFile(): Promise<ChosenFile | null> {
  try {
    const { tempFiles } = await Taro.chooseMessageFile({
      count: 1,
      type: 'file',
      extension: ['csv', 'xlsx'],
    });
    const [file] = tempFiles;
    return { path: file.path, name: file.name, size: file.size };
  } catch {
    // Closing the chooser is not an error worth a message.
    return null;
  }
}

/** A browser File as the uploader takes it: a blob URL and the name. */
export function fromBrowserFile(file: File): ChosenFile {
  return {
    path: URL.createObjectURL(file),
    name: file.name,
    size: file.size,
  };
}

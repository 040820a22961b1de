import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useMemo } from 'react';
import { qrRows } from '../../lib/qrRows';
import './index.scss';

interface Props {
  text: string;
  /** Side of one module in design pixels (the design is 750 wide). */
  moduleSize?: number;
}

// Four modules of light border let scanners find the code's edge.
const QUIET_ZONE = 4;

export default function QrCode({ text, moduleSize = 12 }: Props) {
  const { size, rows } = useMemo(() => qrRows(text), [text]);
  const side = (size + 2 * QUIET_ZONE) * moduleSize;

  return (
    <View
      className="qr-code"
      style={{
        width: Taro.pxTransform(side),
        padding: Taro.pxTransform(QUIET_ZONE * moduleSize),
      }}
    >
      {rows.map((runs, row) => (
        <View className="qr-row" key={row}>
          {runs.map((run, i) => (
            <View
              key={i}
              className={run.dark ? 'qr-run qr-run--dark' : 'qr-run'}
              style={{
                width: Taro.pxTransform(run.length * moduleSize),
                height: Taro.pxTransform(moduleSize),
              }}
            />
          ))}
        </View>
      ))}
    </View>
  );
}

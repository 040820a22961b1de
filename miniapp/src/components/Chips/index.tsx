import { Text, View } from '@tarojs/components';
import './index.scss';

interface Props<T extends string> {
  options: readonly { value: T; label: string }[];
  /** The chosen values; one for a single choice. */
  chosen: readonly T[];
  onToggle: (value: T) => void;
}

/** A row of tappable choices, for filters and short option lists. */
export default function Chips<T extends string>(props: Props<T>) {
  const { options, chosen, onToggle } = props;
  return (
    <View className="chips">
      {options.map((option) => (
        <View
          key={option.value}
          className={chosen.includes(option.value) ? 'chip is-active' : 'chip'}
          onClick={() => onToggle(option.value)}
        >
          <Text>{option.label}</Text>
        </View>
      ))}
    </View>
  );
}

import { Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import './index.scss';

interface Props {
  label: string;
  /** Names the field for tests and styles: form-field--<name>. */
  name: string;
  hint?: string;
  error?: string;
}

/** A labelled input with its hint and the message when it is wrong. */
export default function FormField(props: PropsWithChildren<Props>) {
  const { label, name, hint, error, children } = props;
  return (
    <View className={`form-field form-field--${name}`}>
      <Text className="form-field__label">{label}</Text>
      {children}
      {hint && !error && <Text className="form-field__hint">{hint}</Text>}
      {error && <Text className="form-field__error">{error}</Text>}
    </View>
  );
}

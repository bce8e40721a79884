import { CHANNEL_LABELS, CHANNELS } from '../state/pricing';
import { t } from '../texts';

/** A sales channel (balcão, mesa, entrega…) by its pt-BR name; `defaultValue` is marked on its option (a select has no default value of its own). */
export function ChannelSelect({ defaultValue }: { defaultValue: string }) {
  return (
    <label>
      {t('ADMIN_RULE_CHANNEL')}
      <select name="channel" key={defaultValue}>
        {CHANNELS.map((c) => (
          <option key={c} value={c} selected={c === defaultValue}>
            {t(CHANNEL_LABELS[c])}
          </option>
        ))}
      </select>
    </label>
  );
}

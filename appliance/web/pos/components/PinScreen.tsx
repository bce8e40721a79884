import { PinForm } from '../../shared/PinForm';
import { pinLogin } from '../state/session';
import { errorText, t } from '../texts';

const texts = { title: t('POS_PIN_TITLE'), username: t('POS_OPERATOR'), pin: t('POS_PIN'), submit: t('POS_ENTER') };

/** Operator switch: username and PIN, the terminal stays set up. */
export function PinScreen() {
  return <PinForm id="pin-form" class="card narrow" texts={texts} login={pinLogin} errorText={errorText} />;
}

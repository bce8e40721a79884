import { t } from '../texts';
import { tell } from './ui';

let audio: AudioContext | null = null;

/** Two short tones: a phone in the apron pocket is heard over the dining room. */
function beep(): void {
  try {
    audio ??= new AudioContext();
    const context = audio;
    [0, 0.25].forEach((offset, i) => {
      const tone = context.createOscillator();
      const gain = context.createGain();
      tone.frequency.value = i === 0 ? 880 : 1320;
      gain.gain.setValueAtTime(0.2, context.currentTime + offset);
      gain.gain.exponentialRampToValueAtTime(0.001, context.currentTime + offset + 0.2);
      tone.connect(gain).connect(context.destination);
      tone.start(context.currentTime + offset);
      tone.stop(context.currentTime + offset + 0.2);
    });
  } catch {
    // A browser that refuses sound still vibrates and shows the notice.
  }
}

/** The kitchen finished a table's food: vibration, sound and a notice on screen. */
export function foodReady(label: string): void {
  navigator.vibrate?.([200, 100, 200]);
  beep();
  tell('ready', t('WAITER_FOOD_READY', { label }));
}

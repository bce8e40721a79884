let audio: AudioContext | null = null;

/**
 * Opens the audio output once, when the board starts: creating an AudioContext can hold the page
 * for the better part of a second on a TV stick, which must never delay a number on screen.
 */
export function prepareChime(): void {
  try {
    audio ??= new AudioContext();
  } catch {
    audio = null;
  }
}

/**
 * Two soft tones when an order becomes ready, after the number is drawn. A TV browser may keep
 * audio suspended until someone touches the screen once; the highlight still shows without it.
 */
export function chime(): void {
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (!audio) return;
      void audio.resume().catch(() => undefined);
      const start = audio.currentTime;
      for (const [offset, frequency] of [
        [0, 880],
        [0.25, 1320],
      ]) {
        const tone = audio.createOscillator();
        const gain = audio.createGain();
        tone.frequency.value = frequency;
        gain.gain.setValueAtTime(0.25, start + offset);
        gain.gain.exponentialRampToValueAtTime(0.001, start + offset + 0.6);
        tone.connect(gain).connect(audio.destination);
        tone.start(start + offset);
        tone.stop(start + offset + 0.6);
      }
    }, 0),
  );
}

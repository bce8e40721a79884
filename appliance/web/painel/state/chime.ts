let audio: AudioContext | null = null;

/**
 * Two soft tones when an order becomes ready. A TV browser may keep audio suspended until someone
 * touches the screen once; the highlight still shows without it.
 */
export function chime(): void {
  try {
    audio ??= new AudioContext();
    void audio.resume();
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
  } catch {
    // No audio output on this screen: the highlight is enough.
  }
}

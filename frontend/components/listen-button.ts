import { LitElement, css, html, nothing, svg } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

/** The button whose text is being read: the phone has one voice, so a second button silences the first. */
let reading: ListenButton | undefined;

const REGION: Record<string, string> = { vi: 'vi-VN', en: 'en-US' };
const normalized = (tag: string) => tag.replace('_', '-').toLowerCase();

/** The phone's best voice for a language: one on the phone itself (works without a signal) before one online. */
function voiceFor(lang: string): SpeechSynthesisVoice | undefined {
  if (!('speechSynthesis' in window)) return undefined;
  const wanted = normalized(lang);
  const primary = wanted.split('-')[0];
  const voices = speechSynthesis.getVoices().filter((voice) => normalized(voice.lang).startsWith(primary));
  const exact = voices.filter((voice) => normalized(voice.lang) === wanted);
  return [...exact, ...voices].find((voice) => voice.localService) ?? exact[0] ?? voices[0];
}

/**
 * Each line in sentences joined up to about 200 characters: long utterances stall on some phones, and Stop reacts
 * sooner. A full stop only ends a sentence before a space, so "1.000 đồng" stays whole.
 */
function pieces(text: string): string[] {
  return text.split(/\n+/).flatMap((line) => {
    const joined: string[] = [];
    for (const sentence of line.replace(/([.!?…])\s+/g, '$1\n').split('\n')) {
      const words = sentence.trim();
      const last = joined.length - 1;
      if (!words) continue;
      if (last >= 0 && joined[last].length + words.length < 200) joined[last] += ' ' + words;
      else joined.push(words);
    }
    return joined;
  });
}

const SPEAKER = svg`<path d="M3 9v6h4l5 5V4L7 9zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z"/>`;
const STOP = svg`<path d="M6 6h12v12H6z"/>`;
const NO_VOICE = svg`<path d="M3 9v6h4l5 5V4L7 9zm13.6 3-2.1 2.1 1.4 1.4 2.1-2.1 2.1 2.1 1.4-1.4-2.1-2.1 2.1-2.1-1.4-1.4-2.1 2.1-2.1-2.1-1.4 1.4z"/>`;

/**
 * Reads a text aloud with the phone's own voice (Web Speech API), for people who read slowly. Texts come from the
 * server's translation files. Without a voice for the language the button looks switched off, and a tap says why.
 */
@customElement('listen-button')
export class ListenButton extends LitElement {
  @property() text = '';
  /** The language of the text read aloud ('vi', 'en' or a tag such as 'vi-VN'), not of the button's label. */
  @property() lang = 'vi';
  @property({ attribute: 'listen-label' }) listenLabel = 'Nghe';
  @property({ attribute: 'stop-label' }) stopLabel = 'Dừng';
  @property({ attribute: 'no-voice-text' }) noVoiceText = '';
  @state() private speaking = false;
  /** undefined until the phone has listed its voices (they load late), null when it has none for the language. */
  @state() private voice: SpeechSynthesisVoice | null | undefined;
  @state() private explaining = false;
  private run = 0;
  private waitedForVoices = false;
  private explainTimer?: number;
  private voicesTimer?: number;

  private readonly lookForVoice = () => {
    if (!('speechSynthesis' in window)) {
      this.voice = null;
      return;
    }
    const found = voiceFor(this.lang);
    this.voice = found ?? (speechSynthesis.getVoices().length > 0 || this.waitedForVoices ? null : undefined);
  };

  connectedCallback(): void {
    super.connectedCallback();
    if ('speechSynthesis' in window) speechSynthesis.addEventListener('voiceschanged', this.lookForVoice);
    this.lookForVoice();
    // Some phones never list a voice and never say so.
    this.voicesTimer = window.setTimeout(() => {
      this.waitedForVoices = true;
      this.lookForVoice();
    }, 2000);
  }

  disconnectedCallback(): void {
    if ('speechSynthesis' in window) speechSynthesis.removeEventListener('voiceschanged', this.lookForVoice);
    window.clearTimeout(this.voicesTimer);
    window.clearTimeout(this.explainTimer);
    if (reading === this) this.stop();
    super.disconnectedCallback();
  }

  protected willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('lang') && this.isConnected) this.lookForVoice();
    if ((changed.has('text') || changed.has('lang')) && this.speaking) this.stop();
  }

  private tap() {
    if (this.speaking) {
      this.stop();
      return;
    }
    this.lookForVoice();
    if (this.voice) this.speak(this.voice);
    else this.explain();
  }

  private speak(voice: SpeechSynthesisVoice) {
    // Some Android phones drop what is spoken right after a cancel, so a busy voice gets a moment to stop.
    const busy = speechSynthesis.speaking || speechSynthesis.pending;
    if (reading && reading !== this) reading.stop();
    if (busy) speechSynthesis.cancel();
    if (speechSynthesis.paused) speechSynthesis.resume();
    reading = this;
    this.speaking = true;
    const run = ++this.run;
    const lines = pieces(this.text);
    const queue = () => {
      if (run !== this.run) return;
      lines.forEach((line, i) => {
        const utterance = new SpeechSynthesisUtterance(line);
        utterance.lang = REGION[normalized(this.lang)] ?? this.lang;
        utterance.voice = voice;
        // A cancel by Stop or by another button has already moved the run on; anything else is a real failure.
        utterance.onerror = () => run === this.run && this.stop();
        if (i === lines.length - 1) utterance.onend = () => run === this.run && this.finished();
        speechSynthesis.speak(utterance);
      });
    };
    if (lines.length === 0) this.finished();
    else if (busy) window.setTimeout(queue, 250);
    else queue();
  }

  private finished() {
    this.run++;
    this.speaking = false;
    if (reading === this) reading = undefined;
  }

  private stop() {
    const wasReading = reading === this;
    this.finished();
    if (wasReading) speechSynthesis.cancel();
  }

  private explain() {
    this.explaining = true;
    window.clearTimeout(this.explainTimer);
    this.explainTimer = window.setTimeout(() => (this.explaining = false), 6000);
  }

  static styles = css`
    :host { display: inline-flex; flex-direction: column; align-items: flex-start; max-width: 100%; }
    :host([hidden]) { display: none; }
    button {
      display: inline-flex; align-items: center; gap: 0.5rem;
      min-height: 3rem; min-width: 6.5rem; padding: 0 1.1rem 0 0.85rem; box-sizing: border-box;
      border: 2px solid var(--lumo-primary-color, #0b6e4f); border-radius: 999px;
      background: var(--lumo-base-color, #fff); color: var(--lumo-primary-text-color, #0b6e4f);
      font: inherit; font-size: var(--lumo-font-size-m, 1.0625rem); font-weight: 700; cursor: pointer;
      -webkit-tap-highlight-color: transparent;
    }
    button:focus-visible { outline: 3px solid var(--lumo-primary-color-50pct, rgba(11, 110, 79, 0.5)); outline-offset: 2px; }
    button.speaking { background: var(--lumo-primary-color, #0b6e4f); color: #fff; }
    button.no-voice {
      border-color: var(--lumo-contrast-30pct, #b3b8b6); color: var(--lumo-secondary-text-color, #3f4a45);
      background: var(--lumo-contrast-5pct, #f3f4f4);
    }
    svg { width: 1.5rem; height: 1.5rem; flex: none; fill: currentColor; }
    .message { margin: 0; }
    .message span {
      display: inline-block; margin-top: 0.25rem; padding: 0.35rem 0.6rem; border-radius: var(--lumo-border-radius-m, 0.25rem);
      background: #fff4d6; color: #5c3900; font-size: var(--lumo-font-size-s, 0.9375rem);
    }
  `;

  render() {
    const noVoice = this.voice === null;
    return html`
      <button type="button" class=${this.speaking ? 'speaking' : noVoice ? 'no-voice' : ''} @click=${this.tap}>
        <svg viewBox="0 0 24 24" aria-hidden="true">${this.speaking ? STOP : noVoice ? NO_VOICE : SPEAKER}</svg>
        <span>${this.speaking ? this.stopLabel : this.listenLabel}</span>
      </button>
      <p class="message" role="status">${this.explaining ? html`<span>${this.noVoiceText}</span>` : nothing}</p>
    `;
  }
}

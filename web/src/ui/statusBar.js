// The streaming indicator and cancel button: shows "running" with a live row count while any stream is
// open, then the last outcome (rows and time, cancelled, or connection state).
import { t } from '../i18n/i18n.js';

export class StatusBar {
  constructor(label, cancelButton) {
    this.label = label;
    this.cancelButton = cancelButton;
    this.active = new Set();
    this.rows = 0;
    cancelButton.addEventListener('click', () => this.cancelAll());
  }

  /** Tracks a stream handle from the hub client until it ends. */
  track(handle) {
    this.active.add(handle);
    this.rows = 0;
    this.#render();
    handle.done.then((outcome) => {
      this.active.delete(handle);
      if (outcome === 'cancelled') this.show(t('cancelled'));
      this.#render();
    });
    return handle;
  }

  countRow() {
    this.rows += 1;
    if (this.rows % 25 === 1) this.#render();
  }

  summary(summary) {
    const text = t('rows', summary.rows, Math.round(summary.elapsedMilliseconds));
    this.show(summary.truncated ? text + t('truncated') : text);
    this.lastSummary = summary;
  }

  /** Re-renders the last outcome in the current language. */
  refresh() {
    if (this.lastSummary && this.active.size === 0) this.summary(this.lastSummary);
  }

  show(text) {
    this.lastSummary = null;
    this.message = text;
    this.#render();
  }

  cancelAll() {
    for (const handle of [...this.active]) handle.cancel();
  }

  #render() {
    const running = this.active.size > 0;
    this.cancelButton.hidden = !running;
    this.label.classList.toggle('running', running);
    this.label.dataset.state = running ? 'running' : 'idle';
    this.label.textContent = running ? `${t('streaming')} ${this.rows}` : (this.message ?? '');
  }
}

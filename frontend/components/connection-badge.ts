import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

/**
 * Shows whether the phone is online. Texts come from the server's translation files,
 * so the badge speaks the signed-in user's language.
 */
@customElement('connection-badge')
export class ConnectionBadge extends LitElement {
  @property({ attribute: 'online-text' }) onlineText = 'Online';
  @property({ attribute: 'offline-text' }) offlineText = 'Offline';
  @state() private online = navigator.onLine;

  private readonly update_ = () => {
    this.online = navigator.onLine;
  };

  connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.update_);
    window.addEventListener('offline', this.update_);
  }

  disconnectedCallback(): void {
    window.removeEventListener('online', this.update_);
    window.removeEventListener('offline', this.update_);
    super.disconnectedCallback();
  }

  static styles = css`
    :host {
      display: inline-flex;
      align-items: center;
      gap: 0.35em;
      font-size: 0.8125rem;
      font-weight: 600;
      padding: 0.2em 0.65em;
      border-radius: 999px;
      white-space: nowrap;
    }
    :host([data-state='online']) { background: #e3f4ea; color: #0b5d3b; }
    :host([data-state='offline']) { background: #fde8e4; color: #9b1c0c; }
    .dot { width: 0.6em; height: 0.6em; border-radius: 50%; background: currentColor; }
  `;

  protected updated(): void {
    this.dataset.state = this.online ? 'online' : 'offline';
  }

  render() {
    return html`<span class="dot" aria-hidden="true"></span><span role="status">${this.online ? this.onlineText : this.offlineText}</span>`;
  }
}

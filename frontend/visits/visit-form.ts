import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  ACTIVITIES, UNKNOWN_READINESS, YES_NO_ANSWERS, displayPhone, formatDay, newId,
  type Activity, type Household, type Internet, type NewHousehold, type Position, type QueuedVisit, type Readiness, type Village,
} from './model';
import { shared } from './styles';

const SMARTPHONE_CHOICES = [0, 1, 2, 3, 4];
const ADULT_CHOICES = [1, 2, 3, 4, 5, 6];
const MAX_NOTE = 500;

/** What the form hands back: the visit to queue (same id when it corrects one). */
export interface VisitSaved {
  visit: Omit<QueuedVisit, 'userId' | 'byName' | 'householdName'>;
}

/**
 * The visit sheet: what was done, the household's readiness answers (filled in from its last visit), a note and
 * consent. For a new household the head, hamlet, phone and adults come first. Everything happens in the browser,
 * so it works without a signal.
 */
@customElement('visit-form')
export class VisitForm extends LitElement {
  @property({ attribute: false }) t: (key: string, ...args: unknown[]) => string = (key) => key;
  /** The household being visited; null when adding a new one. */
  @property({ attribute: false }) household: Household | null = null;
  @property({ attribute: false }) villages: Village[] = [];
  /** The visit being corrected (same day, own visit), if any. */
  @property({ attribute: false }) correcting: QueuedVisit | null = null;
  @property({ type: Boolean }) correctionOfSent = false;
  /** The withdrawal of consent is on its way to the server: a second tap must not send it again. */
  @property({ type: Boolean }) withdrawing = false;

  @state() private activities = new Set<Activity>();
  @state() private profile: Readiness = { ...UNKNOWN_READINESS };
  @state() private note = '';
  @state() private consent: boolean | null = null;
  /** The household agreed on an earlier visit. */
  @state() private consentKnown = false;
  @state() private position: Position | null = null;
  @state() private positionState: 'off' | 'asking' | 'on' | 'unavailable' = 'off';
  @state() private errors: Record<string, string> = {};
  @state() private head = '';
  @state() private address = '';
  @state() private phone = '';
  @state() private adults: number | null = null;
  @state() private villageId: number | null = null;
  private newHouseholdId = newId();
  private saving = false;

  connectedCallback(): void {
    super.connectedCallback();
    const h = this.household;
    const c = this.correcting;
    this.profile = { ...UNKNOWN_READINESS, ...(h?.profile ?? {}), ...(c?.profile ?? {}) };
    this.consent = c ? c.consent : h?.consent === 'GIVEN' ? true : null;
    this.consentKnown = this.consent === true;
    if (c) {
      this.activities = new Set(c.activities);
      this.note = c.note ?? '';
      this.position = c.position;
      this.positionState = c.position ? 'on' : 'off';
    }
    if (c?.newHousehold) {
      this.newHouseholdId = c.newHousehold.clientId;
    }
    this.villageId = h?.villageId ?? this.villages[0]?.id ?? null;
  }

  render() {
    const t = this.t;
    const h = this.household;
    return html`
      <header class="sheet-head">
        <button class="back" @click=${this.cancel} aria-label=${t('visit.back')}>← ${t('visit.back')}</button>
        <div class="who">
          <h2>${h ? h.headName ?? t('visit.noName') : t('visit.newHousehold.title')}</h2>
          ${h?.address ? html`<div class="muted">${h.address}</div>` : nothing}
        </div>
      </header>
      ${h ? this.lastVisitBox(h) : this.newHouseholdFields()}
      ${this.correcting ? html`<p class="banner warn">${t('visit.correcting')}</p>`
        : h?.lastVisit?.correctable ? html`<button class="link correct" @click=${this.correctInstead}>${t('visit.correct')}</button>` : nothing}

      ${this.consentFields()}

      <h3 id="activities">${t('visit.activities')}</h3>
      <div class="chips" role="group" aria-labelledby="activities">
        ${ACTIVITIES.map((a) => html`<button aria-pressed=${this.activities.has(a)} @click=${() => this.toggle(a)}>${t(`visit.activity.${a}`)}</button>`)}
      </div>
      ${this.errors.activities ? html`<p class="error" role="alert">${this.errors.activities}</p>` : nothing}

      ${this.consent === false ? nothing : this.profileFields()}

      ${this.consent === false ? nothing : html`
        <label class="field">${t('visit.note')}
          <textarea rows="2" maxlength=${MAX_NOTE} .value=${this.note} @input=${(e: Event) => (this.note = (e.target as HTMLTextAreaElement).value)}></textarea>
        </label>
        <div class="gps">
          <button aria-pressed=${this.positionState === 'on'} @click=${this.togglePosition}>${t('visit.position')}</button>
          <span class="muted">${this.positionState === 'asking' ? t('visit.position.asking')
            : this.positionState === 'unavailable' ? t('visit.position.unavailable')
            : this.positionState === 'on' && this.position ? t('visit.position.added', Math.round(this.position.accuracyMetres ?? 0)) : ''}</span>
        </div>`}

      <div class="save-bar">
        <button class="primary save" @click=${this.save}>${t('visit.save')}</button>
      </div>
    `;
  }

  /** Asked first, as the law wants; once given it shrinks to one line the member can still change. */
  private consentFields() {
    const t = this.t;
    if (this.consentKnown && this.consent === true) {
      return html`<div class="consent-given"><span>✓ ${t('consent.given')}</span>
        <button class="link" @click=${() => (this.consentKnown = false)}>${t('consent.change')}</button>
        ${this.household?.id != null && !this.correcting
          ? html`<button class="link" ?disabled=${this.withdrawing} @click=${this.withdrawConsent}>${this.withdrawing
            ? t('consent.withdrawing') : t('consent.withdraw')}</button>` : nothing}</div>`;
    }
    return html`
      <h3 id="consent">${t('consent.question')}</h3>
      <p class="purpose">${t('consent.purpose')}</p>
      <div class="pair" role="group" aria-labelledby="consent">
        <button aria-pressed=${this.consent === true} @click=${() => this.setConsent(true)}>${t('consent.yes')}</button>
        <button aria-pressed=${this.consent === false} @click=${() => this.setConsent(false)}>${t('consent.no')}</button>
      </div>
      ${this.consent === false ? html`<p class="banner warn">${t('consent.refusedNote')}</p>` : nothing}
      ${this.errors.consent ? html`<p class="error" role="alert">${this.errors.consent}</p>` : nothing}`;
  }

  private lastVisitBox(h: Household) {
    const t = this.t;
    const last = h.lastVisit;
    return html`
      <section class="last" aria-label=${t('visit.lastVisit.title')}>
        ${last
          ? html`<div><strong>${t('visit.lastVisit.title')}:</strong> ${formatDay(last.visitedAt)} · ${last.by}</div>
              <div>${last.activities.map((a) => t(`visit.activity.${a}`)).join(', ')}</div>
              ${last.note ? html`<div class="muted">“${last.note}”</div>` : nothing}`
          : html`<div><strong>${t('visit.neverVisited')}</strong></div>`}
        ${h.phone ? html`<a class="call" href="tel:${h.phone}">${t('visit.call', displayPhone(h.phone))}</a>` : nothing}
        ${h.id !== null && navigator.onLine ? html`<a class="call" href="households/${h.id}/lessons">${t('visit.learnTogether')}</a>` : nothing}
      </section>`;
  }

  private newHouseholdFields() {
    const t = this.t;
    return html`
      ${this.villages.length > 1
        ? html`<h3 id="village">${t('visit.newHousehold.village')}</h3>
            <div class="chips" role="group" aria-labelledby="village">
              ${this.villages.map((v) => html`<button aria-pressed=${this.villageId === v.id} @click=${() => (this.villageId = v.id)}>${v.label}</button>`)}
            </div>`
        : nothing}
      <label class="field">${t('visit.newHousehold.head')}
        <input name="head" autocomplete="off" .value=${this.head} @input=${(e: Event) => (this.head = (e.target as HTMLInputElement).value)} />
      </label>
      ${this.errors.head ? html`<p class="error" role="alert">${this.errors.head}</p>` : nothing}
      <label class="field">${t('visit.newHousehold.address')}
        <input name="address" autocomplete="off" .value=${this.address} @input=${(e: Event) => (this.address = (e.target as HTMLInputElement).value)} />
      </label>
      <label class="field">${t('visit.newHousehold.phone')}
        <input name="phone" type="tel" inputmode="tel" autocomplete="off" .value=${this.phone} @input=${(e: Event) => (this.phone = (e.target as HTMLInputElement).value)} />
      </label>
      ${this.errors.phone ? html`<p class="error" role="alert">${this.errors.phone}</p>` : nothing}
      <h3 id="adults">${t('visit.newHousehold.adults')}</h3>
      <div class="chips" role="group" aria-labelledby="adults">
        ${ADULT_CHOICES.map((n) => html`<button aria-pressed=${this.adults === n} @click=${() => (this.adults = n)}>${n === 6 ? '6+' : n}</button>`)}
      </div>`;
  }

  private profileFields() {
    const t = this.t;
    const p = this.profile;
    return html`
      <h3>${t('visit.profile')}</h3>
      <div class="question" id="q-smartphones">${t('visit.profile.smartphones')}</div>
      <div class="chips" role="group" aria-labelledby="q-smartphones">
        ${SMARTPHONE_CHOICES.map((n) => html`<button aria-pressed=${p.smartphones === n} @click=${() => this.answer('smartphones', n)}>${n === 4 ? '4+' : n}</button>`)}
      </div>
      <div class="question" id="q-internet">${t('visit.profile.internet')}</div>
      <div class="chips" role="group" aria-labelledby="q-internet">
        ${(['FIBRE', 'MOBILE', 'NONE'] as Internet[]).map((i) => html`<button aria-pressed=${p.internet === i} @click=${() => this.answer('internet', i)}>${t(`visit.internet.${i}`)}</button>`)}
      </div>
      ${YES_NO_ANSWERS.map((q) => html`
        <div class="question" id="q-${q}">${t(`visit.profile.${q}`)}</div>
        <div class="pair" role="group" aria-labelledby="q-${q}">
          <button aria-pressed=${p[q] === true} @click=${() => this.answer(q, true)}>${t('visit.yes')}</button>
          <button aria-pressed=${p[q] === false} @click=${() => this.answer(q, false)}>${t('visit.no')}</button>
        </div>`)}`;
  }

  private toggle(activity: Activity) {
    const next = new Set(this.activities);
    next.has(activity) ? next.delete(activity) : next.add(activity);
    this.activities = next;
    this.errors = { ...this.errors, activities: '' };
  }

  private answer<K extends keyof Readiness>(question: K, value: Readiness[K]) {
    this.profile = { ...this.profile, [question]: this.profile[question] === value ? null : value };
  }

  private setConsent(given: boolean) {
    this.consent = given;
    this.errors = { ...this.errors, consent: '' };
  }

  private togglePosition() {
    if (this.positionState === 'on') {
      this.position = null;
      this.positionState = 'off';
      return;
    }
    if (!navigator.geolocation) {
      this.positionState = 'unavailable';
      return;
    }
    this.positionState = 'asking';
    navigator.geolocation.getCurrentPosition(
      (where) => {
        this.position = { latitude: where.coords.latitude, longitude: where.coords.longitude, accuracyMetres: Math.round(where.coords.accuracy) };
        this.positionState = 'on';
      },
      () => (this.positionState = 'unavailable'),
      { enableHighAccuracy: false, timeout: 10000, maximumAge: 120000 },
    );
  }

  private correctInstead() {
    this.dispatchEvent(new CustomEvent('correct', { bubbles: true, composed: true }));
  }

  /** The household takes its consent back: asked once more, then the visit screen records it (online). */
  private withdrawConsent() {
    if (this.withdrawing) {
      return;
    }
    if (window.confirm(this.t('consent.withdraw.confirm'))) {
      this.dispatchEvent(new CustomEvent<number>('withdraw-consent', { detail: this.household!.id!, bubbles: true, composed: true }));
    }
  }

  private cancel() {
    this.dispatchEvent(new CustomEvent('cancel', { bubbles: true, composed: true }));
  }

  private validate(): boolean {
    const t = this.t;
    const errors: Record<string, string> = {};
    if (this.activities.size === 0) {
      errors.activities = t('visit.needActivity');
    }
    if (this.consent === null) {
      errors.consent = t('visit.needConsent');
    }
    if (!this.household) {
      if (this.consent !== false && this.head.trim() === '') {
        errors.head = t('visit.newHousehold.headRequired');
      }
      const digits = this.phone.replace(/\D/g, '');
      if (this.phone.trim() !== '' && (digits.length < 9 || digits.length > 12)) {
        errors.phone = t('visit.newHousehold.phoneInvalid');
      }
    }
    this.errors = errors;
    const first = Object.keys(errors).find((key) => errors[key]);
    if (first) {
      this.updateComplete.then(() => this.renderRoot.querySelector('.error')?.scrollIntoView({ block: 'center' }));
    }
    return !first;
  }

  private save() {
    if (this.saving || !this.validate()) {
      return;
    }
    this.saving = true; // a double tap saves once
    const consent = this.consent === true;
    const h = this.household;
    const c = this.correcting;
    let newHousehold: NewHousehold | null = null;
    if (!h || h.id === null) {
      newHousehold = h && c?.newHousehold ? c.newHousehold : {
        clientId: this.newHouseholdId,
        villageId: this.villageId ?? this.villages[0].id,
        headName: consent ? this.head.trim() || null : null,
        address: this.address.trim() || null,
        phone: consent ? this.phone.trim() || null : null,
        adults: this.adults,
      };
    }
    const visit: VisitSaved['visit'] = {
      clientId: c?.clientId ?? newId(),
      householdId: h?.id ?? null,
      newHousehold,
      visitedAt: c?.visitedAt ?? new Date().toISOString(),
      activities: ACTIVITIES.filter((a) => this.activities.has(a)),
      profile: consent ? this.profile : null,
      note: consent ? this.note.trim() || null : null,
      consent,
      position: consent ? this.position : null,
      correction: this.correctionOfSent,
    };
    this.dispatchEvent(new CustomEvent<VisitSaved>('visit-saved', { detail: { visit }, bubbles: true, composed: true }));
  }

  static styles = [shared, css`
    :host { padding: 0 12px 96px; }
    .sheet-head { display: flex; align-items: center; gap: 8px; padding: 8px 0; position: sticky; top: 0; background: #fff; z-index: 1; border-bottom: 1px solid var(--line); }
    .back { flex: none; }
    .who { min-width: 0; }
    .who h2 { overflow-wrap: anywhere; }
    .last { background: #f4f6f5; border-radius: 10px; padding: 10px 12px; margin: 10px 0; display: grid; gap: 2px; }
    .call { display: inline-flex; align-items: center; min-height: 44px; color: var(--green); font-weight: 600; }
    .chips { display: flex; flex-wrap: wrap; gap: 8px; }
    .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
    .question { margin: 12px 0 6px; font-weight: 500; }
    .purpose { margin: 0 0 8px; font-size: 0.95rem; color: var(--muted); }
    .field { display: grid; gap: 4px; margin: 12px 0 0; font-weight: 500; }
    .consent-given { display: flex; align-items: center; justify-content: space-between; gap: 8px; flex-wrap: wrap; margin: 6px 0 0; color: #0b5d3b; font-weight: 600; }
    .gps { display: flex; align-items: center; gap: 10px; margin: 12px 0 0; flex-wrap: wrap; }
    .save-bar { position: fixed; left: 0; right: 0; bottom: 0; padding: 10px 12px calc(10px + env(safe-area-inset-bottom)); background: #fff; border-top: 1px solid var(--line); z-index: 5; }
    .save { width: 100%; min-height: 52px; font-size: 1.1rem; }
    .banner { margin-top: 10px; }
  `];
}

declare global {
  interface HTMLElementTagNameMap {
    'visit-form': VisitForm;
  }
}

import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { addedHousehold, foldVisit, formatDay, formatDayTime, householdKey, isToday, searchKey, withStored, type Household, type QueuedVisit, type Worklist } from './model';
import { enqueue, forget, lastWorklist, queued, saveWorklist } from './store';
import { AuthRequired, Offline, loadWorklist, sendQueued, session, withdrawConsent, type SyncState } from './sync';
import { shared } from './styles';
import './visit-form';
import type { VisitSaved } from './visit-form';

const RETRY_MS = 30_000;

/**
 * A team member's worklist and visit form, entirely in the browser: the worklist the member last loaded and the
 * visits not yet sent live in IndexedDB, so the screen works, and survives a reload, with no signal. Visits are
 * sent when the connection returns; each keeps the id it was made with, so a retry never stores it twice.
 * The worklist is loaded when the screen opens, when the connection returns and on "reload"; a visit saved online
 * is one POST, and its receipt updates the phone's copy of the worklist.
 */
@customElement('visit-app')
export class VisitApp extends LitElement {
  /** Texts from the server, so the screen speaks the member's language before the worklist arrives. */
  @property({ attribute: false }) texts: Record<string, string> = {};
  /** Rendered by the service worker's cached page with no connection (see index.ts). */
  @property({ type: Boolean, attribute: 'offline-shell' }) offlineShell = false;

  @state() private worklist: Worklist | null = null;
  @state() private outbox: QueuedVisit[] = [];
  @state() private syncState: SyncState = 'idle';
  @state() private search = '';
  @state() private villageFilter: number | null = null;
  @state() private open: { household: Household | null; correcting: QueuedVisit | null; ofSent: boolean } | null = null;
  @state() private flash = '';
  /** A household whose withdrawal of consent is on its way to the server. */
  @state() private withdrawing: number | null = null;
  @state() private loading = true;
  private userId: number | null = null;
  private userName = '';
  /** A session and worklist came from the server since the screen opened, so a save can go out on its own. */
  private synced = false;
  /** A visit saved while a refresh was under way: sent when it ends. */
  private sendAfterRefresh = false;
  private retryTimer?: number;
  private readonly goneOnline = () => this.refresh();
  private readonly goneOffline = () => (this.syncState = 'offline');

  connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.goneOnline);
    window.addEventListener('offline', this.goneOffline);
    this.retryTimer = window.setInterval(() => {
      if (this.outbox.some((v) => !v.refused) && this.syncState !== 'syncing' && this.syncState !== 'auth-required') {
        this.refresh();
      }
    }, RETRY_MS);
    this.refresh();
  }

  disconnectedCallback(): void {
    window.removeEventListener('online', this.goneOnline);
    window.removeEventListener('offline', this.goneOffline);
    window.clearInterval(this.retryTimer);
    super.disconnectedCallback();
  }

  private t = (key: string, ...args: unknown[]): string => {
    const text = this.worklist?.texts[key] ?? this.texts[key] ?? key;
    return text.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? '')).replace(/''/g, "'");
  };

  /** Online: who is signed in, send what waits, load the worklist. Offline: the phone's copy. */
  private async refresh() {
    if (this.syncState === 'syncing') {
      return;
    }
    this.syncState = 'syncing';
    try {
      const who = await session();
      this.userId = who.userId;
      this.userName = who.name;
      this.outbox = await queued(who.userId);
      if (!this.worklist || this.worklist.userId !== who.userId) {
        this.worklist = (await lastWorklist(who.userId)) ?? null;
        this.loading = this.worklist === null;
      }
      const result = await sendQueued(who.userId);
      this.worklist = await loadWorklist(who.userId);
      this.outbox = await queued(who.userId);
      this.synced = true;
      this.syncState = 'idle';
      if (result.stored.length > 0) {
        this.flash = this.t('visit.sent', result.stored.length);
      }
    } catch (error) {
      await this.fromPhone();
      this.syncState = this.failure(error);
    } finally {
      this.loading = false;
    }
    if (this.sendAfterRefresh) {
      this.sendAfterRefresh = false;
      await this.send();
    }
  }

  private failure(error: unknown): SyncState {
    return error instanceof AuthRequired ? 'auth-required' : error instanceof Offline ? 'offline' : 'failed';
  }

  /**
   * A visit just saved, online: one POST with the CSRF token kept from the last answer, and the receipt laid over
   * the phone's worklist (the household marked visited and moved) instead of loading the worklist again.
   */
  private async send() {
    if (!this.synced || this.userId === null || this.syncState === 'auth-required') {
      return this.refresh();
    }
    if (this.syncState === 'syncing') {
      this.sendAfterRefresh = true;
      return;
    }
    const userId = this.userId;
    try {
      const result = await sendQueued(userId);
      if (result.stored.length > 0 && this.worklist?.userId === userId) {
        this.worklist = withStored(this.worklist, result.stored);
        await saveWorklist(this.worklist);
      }
      this.outbox = await queued(userId);
      if (this.syncState === 'offline' || this.syncState === 'failed') {
        this.syncState = 'idle'; // the connection is back (a refresh begun meanwhile keeps its own state)
      }
      if (result.stored.length > 0) {
        this.flash = this.t('visit.sent', result.stored.length);
      }
    } catch (error) {
      this.outbox = await queued(userId);
      this.syncState = this.failure(error);
    }
  }

  private async fromPhone() {
    if (!this.worklist) {
      this.worklist = (await lastWorklist(this.userId ?? undefined)) ?? null;
    }
    if (this.worklist) {
      this.userId = this.worklist.userId;
      this.outbox = await queued(this.worklist.userId);
    }
  }

  /** The server's households with this phone's waiting visits laid over them, in worklist order. */
  private households(): Household[] {
    if (!this.worklist) {
      return [];
    }
    const byKey = new Map<string, Household>(this.worklist.households.map((h) => [h.key, { ...h }]));
    for (const visit of this.outbox) {
      const key = householdKey(visit);
      let household = byKey.get(key);
      if (!household && visit.newHousehold) {
        household = addedHousehold(visit, key, null);
        byKey.set(key, household);
      }
      if (!household) {
        continue;
      }
      household.waiting++;
      foldVisit(household, visit);
    }
    const collator = new Intl.Collator('vi');
    return [...byKey.values()].sort((a, b) => {
      const at = a.lastVisit?.visitedAt ?? '';
      const bt = b.lastVisit?.visitedAt ?? '';
      return at !== bt ? at.localeCompare(bt) : collator.compare(a.headName ?? '', b.headName ?? '');
    });
  }

  render() {
    const t = this.t;
    if (this.open) {
      return html`<visit-form .t=${t} .household=${this.open.household} .villages=${this.worklist?.villages ?? []}
        .correcting=${this.open.correcting} ?correctionOfSent=${this.open.ofSent}
        @cancel=${() => (this.open = null)} @correct=${this.correctSent} @visit-saved=${this.saved}
        ?withdrawing=${this.withdrawing !== null} @withdraw-consent=${this.withdrawConsent}></visit-form>`;
    }
    if (!this.worklist) {
      return html`<div class="page">${this.loading
        ? html`<p class="muted">${t('visit.loading')}</p>`
        : html`<p class="banner warn">${t('visit.openOnline')}</p>`}</div>`;
    }
    const all = this.households();
    const key = searchKey(this.search);
    const shown = all.filter((h) => (this.villageFilter === null || h.villageId === this.villageFilter)
      && (key === '' || searchKey(`${h.headName ?? ''} ${h.address ?? ''} ${h.phone ?? ''}`).includes(key)));
    const notVisited = all.filter((h) => !h.lastVisit).length;
    return html`
      <div class="page">
        ${this.statusBar()}
        ${this.refusedList()}
        <div class="summary muted">${t('visit.summary', all.length, notVisited)}</div>
        <input class="search" type="search" .value=${this.search} placeholder=${t('visit.search')} aria-label=${t('visit.search')}
          @input=${(e: Event) => (this.search = (e.target as HTMLInputElement).value)} />
        ${this.worklist.villages.length > 1 ? html`
          <div class="villages" role="group">
            <button aria-pressed=${this.villageFilter === null} @click=${() => (this.villageFilter = null)}>${t('visit.village.all')}</button>
            ${this.worklist.villages.map((v) => html`<button aria-pressed=${this.villageFilter === v.id} @click=${() => (this.villageFilter = v.id)}>${v.label}</button>`)}
          </div>` : nothing}
        <button class="add" @click=${() => (this.open = { household: null, correcting: null, ofSent: false })}>+ ${t('visit.add')}</button>
        <ul class="list" aria-label=${t('visit.title')}>
          ${shown.map((h) => this.card(h))}
        </ul>
        ${shown.length === 0 ? html`<p class="muted">${t('visit.empty')}</p>` : nothing}
      </div>`;
  }

  private statusBar() {
    const t = this.t;
    const waiting = this.outbox.filter((v) => !v.refused).length;
    const offline = this.syncState === 'offline' || !navigator.onLine;
    return html`
      <div class="status" role="status">
        <span class="count" data-waiting=${waiting}>${waiting > 0 ? t('visit.queue', waiting) : t('visit.queue.none')}</span>
        ${offline ? nothing : html`<button class="link" @click=${() => this.refresh()}>${t(waiting > 0 ? 'visit.syncNow' : 'visit.reload')}</button>`}
      </div>
      ${this.syncState === 'syncing' ? html`<p class="banner good">${t('visit.syncing')}</p>` : nothing}
      ${offline ? html`<p class="banner warn">${t('visit.offline', formatDayTime(this.worklist!.loadedAt))}</p>` : nothing}
      ${this.syncState === 'auth-required' ? html`<p class="banner bad">${t('visit.signInAgain', waiting)} <a href="login">${t('visit.signIn')}</a></p>` : nothing}
      ${this.syncState === 'failed' ? html`<p class="banner warn">${t('visit.serverTrouble')}</p>` : nothing}
      ${this.flash ? html`<p class="banner good">${this.flash}</p>` : nothing}`;
  }

  /** Visits the server would not take: never dropped silently, the member decides. */
  private refusedList() {
    const refused = this.outbox.filter((v) => v.refused);
    if (refused.length === 0) {
      return nothing;
    }
    const t = this.t;
    return html`
      <section class="banner bad refused" aria-label=${t('visit.refused.title')}>
        <strong>${t('visit.refused.title')}</strong>
        ${refused.map((v) => html`
          <div class="refused-item">
            <div>${v.householdName ?? t('visit.noName')} · ${formatDay(v.visitedAt)}</div>
            <div>${v.refused}</div>
            <button @click=${() => this.discard(v)}>${t('visit.discard')}</button>
          </div>`)}
      </section>`;
  }

  private card(h: Household) {
    const t = this.t;
    const last = h.lastVisit;
    return html`
      <li>
        <button class="card" @click=${() => this.openHousehold(h)}>
          <span class="name">${h.headName ?? t('visit.noName')}</span>
          <span class="where muted">${[h.address, h.adults ? t('visit.adults', h.adults) : null].filter(Boolean).join(' · ')}</span>
          <span class="last">
            ${last ? html`${isToday(last.visitedAt) ? t('visit.today') : formatDay(last.visitedAt)} · ${last.activities.map((a) => t(`visit.activity.${a}`)).join(', ')}`
              : html`<span class="tag never">${t('visit.neverVisited')}</span>`}
            ${h.waiting > 0 ? html`<span class="tag waiting">${t('visit.waiting')}</span>` : nothing}
          </span>
        </button>
      </li>`;
  }

  private openHousehold(h: Household) {
    const own = h.lastVisit?.correctable && isToday(h.lastVisit.visitedAt);
    const pending = own ? this.outbox.find((v) => v.clientId === h.lastVisit!.clientId && !v.refused) : undefined;
    // A visit still on the phone is simply replaced; one already sent goes again as a correction.
    if (pending) {
      this.open = { household: h, correcting: pending, ofSent: pending.correction };
    } else {
      this.open = { household: h, correcting: null, ofSent: false };
    }
  }

  /** The member's own visit of today, already on the server: opened again with what it recorded. */
  private correctSent = () => {
    const h = this.open?.household;
    const last = h?.lastVisit;
    if (!h || !last) {
      return;
    }
    const correcting: QueuedVisit = {
      clientId: last.clientId, householdId: h.id, newHousehold: null, visitedAt: last.visitedAt, activities: last.activities,
      profile: h.profile, note: last.note, consent: h.consent !== 'REFUSED', position: null, correction: true,
      userId: this.userId!, byName: last.by, householdName: h.headName,
    };
    this.open = null;
    this.updateComplete.then(() => (this.open = { household: h, correcting, ofSent: true }));
  };

  private saved = async (event: CustomEvent<VisitSaved>) => {
    const detail = event.detail.visit;
    const visit: QueuedVisit = {
      ...detail,
      userId: this.userId!,
      byName: this.userName || this.t('visit.me'),
      householdName: this.open?.household?.headName ?? detail.newHousehold?.headName ?? null,
    };
    await enqueue(visit);
    this.outbox = await queued(this.userId!);
    this.open = null;
    this.flash = this.t('visit.savedOnPhone');
    window.scrollTo({ top: 0 });
    if (navigator.onLine) {
      await this.send();
    }
  };

  /** Recorded on the server at once (it stops all recording), then the household leaves the worklist. */
  private withdrawConsent = async (event: CustomEvent<number>) => {
    if (this.withdrawing !== null) {
      return; // a second tap while the first is on its way
    }
    const name = this.open?.household?.headName ?? '';
    this.withdrawing = event.detail;
    try {
      await withdrawConsent(event.detail);
      this.open = null;
      this.flash = this.t('consent.withdrawn', name);
      window.scrollTo({ top: 0 });
      await this.refresh();
    } catch (error) {
      window.alert(this.t(error instanceof Offline ? 'consent.withdraw.offline' : 'consent.withdraw.failed'));
    } finally {
      this.withdrawing = null;
    }
  };

  private async discard(visit: QueuedVisit) {
    await forget(visit.clientId);
    this.outbox = await queued(this.userId!);
  }

  static styles = [shared, css`
    .page { padding: 12px 12px 24px; max-width: 720px; margin: 0 auto; }
    .status { display: flex; align-items: center; justify-content: space-between; gap: 8px; min-height: 48px; font-weight: 600; }
    .summary { margin: 4px 0 8px; }
    .search { margin-bottom: 10px; }
    .villages { display: flex; gap: 8px; overflow-x: auto; padding-bottom: 6px; margin-bottom: 6px; }
    .villages button { flex: none; }
    .add { width: 100%; margin-bottom: 12px; font-weight: 600; border-style: dashed; }
    .list { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
    .card { width: 100%; text-align: left; display: grid; gap: 2px; padding: 10px 12px; min-height: 64px; }
    .name { font-weight: 700; font-size: 1.05rem; overflow-wrap: anywhere; }
    .where, .last { font-size: 0.95rem; overflow-wrap: anywhere; }
    .tag { display: inline-block; border-radius: 999px; padding: 0 8px; font-size: 0.85rem; font-weight: 600; }
    .tag.never { background: var(--warn-bg); color: var(--warn); }
    .tag.waiting { background: #e6eefc; color: #1d4ea8; margin-left: 6px; }
    .refused-item { display: grid; gap: 4px; padding: 8px 0; border-top: 1px solid #f3c3b9; }
    .refused-item button { justify-self: start; }
    a { color: inherit; font-weight: 700; }
  `];
}

declare global {
  interface HTMLElementTagNameMap {
    'visit-app': VisitApp;
  }
}

/** What the visit screen keeps on the phone and sends to /api/visits. Field names match the server's records. */

export type Internet = 'FIBRE' | 'MOBILE' | 'NONE';
export type Consent = 'UNKNOWN' | 'GIVEN' | 'REFUSED';
export const ACTIVITIES = ['VNEID', 'BANK_OR_WALLET', 'QR_PAYMENT', 'PUBLIC_SERVICE', 'SCAM_AWARENESS', 'LESSON', 'OTHER'] as const;
export type Activity = (typeof ACTIVITIES)[number];
export const YES_NO_ANSWERS = ['bankOrWallet', 'vneidLevel2', 'onlineService', 'paysCashless', 'scamTargeted'] as const;
export type YesNoAnswer = (typeof YES_NO_ANSWERS)[number];

export interface Readiness {
  smartphones: number | null;
  internet: Internet | null;
  bankOrWallet: boolean | null;
  vneidLevel2: boolean | null;
  onlineService: boolean | null;
  paysCashless: boolean | null;
  scamTargeted: boolean | null;
}

export const UNKNOWN_READINESS: Readiness = {
  smartphones: null, internet: null, bankOrWallet: null, vneidLevel2: null, onlineService: null,
  paysCashless: null, scamTargeted: null,
};

export interface LastVisit {
  clientId: string;
  visitedAt: string;
  by: string;
  activities: Activity[];
  note: string | null;
  correctable: boolean;
}

export interface Household {
  /** The server's id, or "new:<client id>" for a household added on this phone and not yet sent. */
  key: string;
  id: number | null;
  villageId: number;
  headName: string | null;
  address: string | null;
  phone: string | null;
  adults: number | null;
  consent: Consent;
  profile: Readiness;
  lastVisit: LastVisit | null;
  visitCount: number;
  /** Visits of this household still on the phone. */
  waiting: number;
}

export interface Village {
  id: number;
  label: string;
}

export interface Worklist {
  userId: number;
  villages: Village[];
  households: Household[];
  texts: Record<string, string>;
  purposeVersion: string;
  language: string;
  loadedAt: string;
}

export interface NewHousehold {
  clientId: string;
  villageId: number;
  headName: string | null;
  address: string | null;
  phone: string | null;
  adults: number | null;
}

export interface Position {
  latitude: number;
  longitude: number;
  accuracyMetres: number | null;
}

/** A visit as queued on the phone; everything but the bookkeeping fields goes to the server as is. */
export interface QueuedVisit {
  clientId: string;
  householdId: number | null;
  newHousehold: NewHousehold | null;
  visitedAt: string;
  activities: Activity[];
  profile: Readiness | null;
  note: string | null;
  consent: boolean;
  position: Position | null;
  correction: boolean;
  // bookkeeping, never sent
  userId: number;
  byName: string;
  /** The head's name as the phone showed it, so a refused visit can still be named after the household is gone. */
  householdName: string | null;
  /** The server's reason when it refused the visit; such a visit waits for the member to decide. */
  refused?: string;
}

/** Where a visit belongs on the worklist: the server's household, or one added on this phone. */
export function householdKey(visit: QueuedVisit, householdId: number | null = visit.householdId): string {
  return householdId !== null ? String(householdId) : `new:${visit.newHousehold!.clientId}`;
}

/** A household added with this visit, as the worklist shows it before the server knows more. */
export function addedHousehold(visit: QueuedVisit, key: string, id: number | null): Household {
  const n = visit.newHousehold!;
  return {
    key, id, villageId: n.villageId, headName: n.headName, address: n.address, phone: n.phone, adults: n.adults,
    consent: 'UNKNOWN', profile: { ...UNKNOWN_READINESS }, lastVisit: null, visitCount: 0, waiting: 0,
  };
}

/** Lays a visit over its household (a copy, changed in place): consent, the answers it gave, the latest visit. */
export function foldVisit(household: Household, visit: QueuedVisit): void {
  household.consent = visit.consent ? 'GIVEN' : 'REFUSED';
  if (visit.profile) {
    household.profile = { ...household.profile, ...Object.fromEntries(Object.entries(visit.profile).filter(([, v]) => v !== null)) };
  }
  if (!household.lastVisit || household.lastVisit.visitedAt <= visit.visitedAt) {
    household.lastVisit = { clientId: visit.clientId, visitedAt: visit.visitedAt, by: visit.byName, activities: visit.activities, note: visit.note, correctable: true };
  }
}

/** A visit the server has stored, with the household id it gave (new for a household added on the spot). */
export interface StoredVisit {
  visit: QueuedVisit;
  status: 'SAVED' | 'DUPLICATE' | 'CORRECTED';
  householdId: number | null;
}

/**
 * The worklist as a fresh load from the server would show it after these visits: each household marked visited,
 * with the visit's time, so it moves down the list, and a household added on the spot given its server id.
 * Saves a reload of the whole worklist after every visit.
 */
export function withStored(worklist: Worklist, stored: StoredVisit[]): Worklist {
  const households = worklist.households.map((h) => ({ ...h }));
  for (const { visit, status, householdId } of stored) {
    const id = householdId ?? visit.householdId;
    if (id === null) {
      continue;
    }
    let household = households.find((h) => h.id === id);
    if (!household) {
      if (!visit.newHousehold) {
        continue; // not on this worklist (any more): the next reload tells
      }
      household = addedHousehold(visit, String(id), id);
      households.push(household);
    }
    const counted = status === 'SAVED' && household.lastVisit?.clientId !== visit.clientId;
    foldVisit(household, visit);
    if (counted) {
      household.visitCount++;
    }
    if (!visit.consent) {
      // The server keeps nothing personal from a visit without consent.
      household.phone = null;
      household.profile = { ...UNKNOWN_READINESS };
      if (visit.newHousehold) {
        household.headName = null;
      }
    }
  }
  return { ...worklist, households };
}

export function submission(visit: QueuedVisit) {
  const { clientId, householdId, newHousehold, visitedAt, activities, profile, note, consent, position, correction } = visit;
  return { clientId, householdId, newHousehold, visitedAt, activities, profile, note, consent, position, correction };
}

/** Time-ordered UUID (version 7), made on the phone, so a visit keeps one id through every retry. */
export function newId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  let time = Date.now();
  for (let i = 5; i >= 0; i--) {
    bytes[i] = time % 256;
    time = Math.floor(time / 256);
  }
  bytes[6] = (bytes[6] & 0x0f) | 0x70;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** "Nguyễn" and "nguyen" alike: no accents, đ as d, lower case. */
export function searchKey(text: string | null | undefined): string {
  return (text ?? '')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const DAY = new Intl.DateTimeFormat('en-GB', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' });
const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Ho_Chi_Minh' });

/** dd/MM/yyyy in Vietnam's time zone, whatever the phone's settings. */
export function formatDay(iso: string): string {
  return DAY.format(new Date(iso));
}

export function formatDayTime(iso: string): string {
  return `${TIME.format(new Date(iso))} ${DAY.format(new Date(iso))}`;
}

export function isToday(iso: string): boolean {
  return formatDay(iso) === formatDay(new Date().toISOString());
}

/** +84912345678 as people write it: 0912 345 678. */
export function displayPhone(e164: string): string {
  if (!e164.startsWith('+84')) {
    return e164;
  }
  const national = `0${e164.slice(3)}`;
  return `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`;
}

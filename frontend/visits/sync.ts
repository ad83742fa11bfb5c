import { submission, type Household, type QueuedVisit, type StoredVisit, type Worklist } from './model';
import { forget, markRefused, queued, saveWorklist } from './store';

/** Why a sync stopped; the screen explains each in the member's language. */
export type SyncState = 'idle' | 'syncing' | 'offline' | 'auth-required' | 'failed';

interface Session {
  userId: number;
  name: string;
  role: string;
  language: string;
  csrfHeader: string;
  csrfToken: string;
}

export class AuthRequired extends Error {}
export class Offline extends Error {}

const BATCH = 50;

async function getJson<T>(url: string): Promise<T> {
  let response: Response;
  try {
    // redirect: 'manual' so an expired session shows up as such, not as the sign-in page's HTML.
    response = await fetch(url, { credentials: 'same-origin', redirect: 'manual', headers: { Accept: 'application/json' }, cache: 'no-store' });
  } catch {
    throw new Offline();
  }
  if (response.status === 401 || response.status === 403 || response.type === 'opaqueredirect') {
    throw new AuthRequired();
  }
  if (!response.ok) {
    throw new Error(`${url}: ${response.status}`);
  }
  return response.json() as Promise<T>;
}

/** The last session answer: its CSRF token is kept for every later POST, so a save needs no extra round trip. */
let current: Session | undefined;

export async function session(): Promise<Session> {
  current = await getJson<Session>('api/session');
  return current;
}

/**
 * POSTs with the kept CSRF token. The server refuses a stale token (a 403: the session behind it ended, or the page is
 * a cached copy): then a fresh one is fetched once and the request sent again. An ended session stays AuthRequired.
 */
async function postJson(url: string, body?: unknown): Promise<Response> {
  const send = async (who: Session) => {
    try {
      return await fetch(url, {
        method: 'POST',
        credentials: 'same-origin',
        redirect: 'manual',
        headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), Accept: 'application/json', [who.csrfHeader]: who.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new Offline();
    }
  };
  const kept = current ?? (await session());
  let response = await send(kept);
  if (response.status === 403) {
    const fresh = await session();
    if (fresh.userId !== kept.userId) {
      throw new AuthRequired(); // someone else signed in on this phone meanwhile: never send as them
    }
    response = await send(fresh);
  }
  if (response.status === 401 || response.status === 403 || response.type === 'opaqueredirect') {
    throw new AuthRequired();
  }
  return response;
}

interface ServerHousehold extends Omit<Household, 'key' | 'waiting'> {
  id: number;
}

export async function loadWorklist(userId: number): Promise<Worklist> {
  const body = await getJson<Omit<Worklist, 'userId' | 'loadedAt' | 'households'> & { households: ServerHousehold[] }>('api/worklist');
  const worklist: Worklist = {
    ...body,
    userId,
    loadedAt: new Date().toISOString(),
    households: body.households.map((h) => ({ ...h, key: String(h.id), waiting: 0 })),
  };
  await saveWorklist(worklist);
  return worklist;
}

export interface SyncResult {
  stored: StoredVisit[];
  refused: number;
}

interface Receipt {
  id: string;
  status: 'SAVED' | 'DUPLICATE' | 'CORRECTED' | 'CONFLICT' | 'REFUSED';
  householdId: number | null;
  reason: string | null;
}

/**
 * Sends this member's waiting visits: one POST per batch, nothing else. A visit leaves the phone only when the
 * server says it is stored; one it refuses stays, with the reason, until the member decides. One tab at a time
 * (Web Locks), so two tabs never race; a visit another tab already sent is not sent again.
 */
export async function sendQueued(userId: number): Promise<SyncResult> {
  const run = async () => {
    const result: SyncResult = { stored: [], refused: 0 };
    const waiting = (await queued(userId)).filter((visit) => !visit.refused);
    for (let start = 0; start < waiting.length; start += BATCH) {
      const batch = waiting.slice(start, start + BATCH);
      const response = await postJson('api/visits', { visits: batch.map(submission) });
      if (!response.ok) {
        throw new Error(`api/visits: ${response.status}`);
      }
      for (const receipt of (await response.json()) as Receipt[]) {
        const visit = batch.find((v) => v.clientId === receipt.id);
        if (receipt.status === 'SAVED' || receipt.status === 'DUPLICATE' || receipt.status === 'CORRECTED') {
          await forget(receipt.id);
          if (visit) {
            result.stored.push({ visit, status: receipt.status, householdId: receipt.householdId });
          }
        } else {
          await markRefused(receipt.id, receipt.reason ?? receipt.status);
          result.refused++;
        }
      }
    }
    return result;
  };
  return navigator.locks ? navigator.locks.request('langso-visit-sync', run) : run();
}

/** Records that a household took back its consent. Online only: it stops every further recording at once. */
export async function withdrawConsent(householdId: number): Promise<void> {
  const response = await postJson(`api/households/${householdId}/consent-withdrawal`);
  if (!response.ok) {
    throw new Error(`consent-withdrawal: ${response.status}`);
  }
}

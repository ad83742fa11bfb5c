import { submission, type Household, type QueuedVisit, type Worklist } from './model';
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

export function session(): Promise<Session> {
  return getJson<Session>('api/session');
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
  stored: number;
  refused: number;
}

interface Receipt {
  id: string;
  status: 'SAVED' | 'DUPLICATE' | 'CORRECTED' | 'CONFLICT' | 'REFUSED';
  householdId: number | null;
  reason: string | null;
}

/**
 * Sends this member's waiting visits. A visit leaves the phone only when the server says it is stored; one it
 * refuses stays, with the reason, until the member decides. One tab at a time (Web Locks), so two tabs never race.
 */
export async function sendQueued(who: Session): Promise<SyncResult> {
  const run = async () => {
    const result: SyncResult = { stored: 0, refused: 0 };
    let token = who;
    const waiting = (await queued(who.userId)).filter((visit) => !visit.refused);
    for (let start = 0; start < waiting.length; start += BATCH) {
      const batch = waiting.slice(start, start + BATCH);
      let response = await post(batch, token);
      if (response.status === 403) {
        token = await session(); // a cached page's CSRF token is stale: fetch a fresh one once
        response = await post(batch, token);
      }
      if (response.status === 401 || response.status === 403 || response.type === 'opaqueredirect') {
        throw new AuthRequired();
      }
      if (!response.ok) {
        throw new Error(`api/visits: ${response.status}`);
      }
      for (const receipt of (await response.json()) as Receipt[]) {
        if (receipt.status === 'SAVED' || receipt.status === 'DUPLICATE' || receipt.status === 'CORRECTED') {
          await forget(receipt.id);
          result.stored++;
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

async function post(batch: QueuedVisit[], who: Session): Promise<Response> {
  try {
    return await fetch('api/visits', {
      method: 'POST',
      credentials: 'same-origin',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', [who.csrfHeader]: who.csrfToken },
      body: JSON.stringify({ visits: batch.map(submission) }),
    });
  } catch {
    throw new Offline();
  }
}

/** Records that a household took back its consent. Online only: it stops every further recording at once. */
export async function withdrawConsent(householdId: number): Promise<void> {
  const who = await session();
  let response: Response;
  try {
    response = await fetch(`api/households/${householdId}/consent-withdrawal`, {
      method: 'POST',
      credentials: 'same-origin',
      redirect: 'manual',
      headers: { Accept: 'application/json', [who.csrfHeader]: who.csrfToken },
    });
  } catch {
    throw new Offline();
  }
  if (response.status === 401 || response.status === 403 || response.type === 'opaqueredirect') {
    throw new AuthRequired();
  }
  if (!response.ok) {
    throw new Error(`consent-withdrawal: ${response.status}`);
  }
}

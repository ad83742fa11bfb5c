import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { QueuedVisit, Worklist } from './model';

/**
 * The phone's own copy: the last worklist each member loaded and the visits not yet on the server.
 * Kept per member, since a family or a team may share one phone.
 */
interface VisitDb extends DBSchema {
  outbox: { key: string; value: QueuedVisit; indexes: { byUser: number } };
  worklists: { key: number; value: Worklist };
  meta: { key: string; value: { key: string; userId: number } };
}

let db: Promise<IDBPDatabase<VisitDb>> | undefined;

function open() {
  db ??= openDB<VisitDb>('langso-visits', 1, {
    upgrade(database) {
      database.createObjectStore('outbox', { keyPath: 'clientId' }).createIndex('byUser', 'userId');
      database.createObjectStore('worklists', { keyPath: 'userId' });
      database.createObjectStore('meta', { keyPath: 'key' });
    },
  });
  return db;
}

export async function queued(userId: number): Promise<QueuedVisit[]> {
  const all = await (await open()).getAllFromIndex('outbox', 'byUser', userId);
  return all.sort((a, b) => a.visitedAt.localeCompare(b.visitedAt));
}

export async function enqueue(visit: QueuedVisit): Promise<void> {
  await (await open()).put('outbox', visit);
}

export async function forget(clientId: string): Promise<void> {
  await (await open()).delete('outbox', clientId);
}

export async function markRefused(clientId: string, reason: string): Promise<void> {
  const database = await open();
  const visit = await database.get('outbox', clientId);
  if (visit) {
    await database.put('outbox', { ...visit, refused: reason });
  }
}

export async function saveWorklist(worklist: Worklist): Promise<void> {
  const database = await open();
  await database.put('worklists', worklist);
  await database.put('meta', { key: 'lastUser', userId: worklist.userId });
}

/** The worklist of whoever used the screen last on this phone (for opening it with no signal). */
export async function lastWorklist(userId?: number): Promise<Worklist | undefined> {
  const database = await open();
  const id = userId ?? (await database.get('meta', 'lastUser'))?.userId;
  return id === undefined ? undefined : database.get('worklists', id);
}

/*
 * Everything this origin keeps in the browser, as text, so a test can assert a secret is in
 * none of it: localStorage, sessionStorage, cookies, every IndexedDB database's records and
 * the Cache API's cached bodies.
 */

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function storageText(storage: Storage): string {
  let text = '';
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i)!;
    text += `${key}=${storage.getItem(key)}\n`;
  }
  return text;
}

async function indexedDbText(): Promise<string> {
  let text = '';
  for (const { name } of await indexedDB.databases()) {
    if (!name) continue;
    const db = await requestResult(indexedDB.open(name));
    try {
      for (const storeName of db.objectStoreNames) {
        const store = db.transaction(storeName, 'readonly').objectStore(storeName);
        const [keys, values] = await Promise.all([requestResult(store.getAllKeys()), requestResult(store.getAll())]);
        text += `${name}/${storeName}: ${JSON.stringify(keys)} ${JSON.stringify(values)}\n`;
      }
    } finally {
      db.close();
    }
  }
  return text;
}

async function cacheText(): Promise<string> {
  if (!globalThis.caches) return '';
  let text = '';
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) text += `${request.url} ${await (await cache.match(request))?.text()}\n`;
  }
  return text;
}

export async function browserStorageText(): Promise<string> {
  return [
    storageText(localStorage),
    storageText(sessionStorage),
    document.cookie,
    await indexedDbText(),
    await cacheText(),
  ].join('\n');
}

/** Where the encoded decision is kept. The default is a first-party cookie. */
export type ConsentStorage = {
  /** The stored value, or `null`. Must not throw. */
  read(): string | null;
  /** Keeps `value` for `maxAgeSeconds`. Must not throw. */
  write(value: string, maxAgeSeconds: number): void;
  /** Forgets the value. Must not throw. */
  clear(): void;
};

export type CookieStorageOptions = {
  name: string;
  path: string;
  domain?: string;
};

/** The value of cookie `name` in a `Cookie` header or `document.cookie` string; the first wins. */
export function readCookieValue(cookieString: string, name: string): string | null {
  for (const part of cookieString.split(';')) {
    const separator = part.indexOf('=');
    if (separator !== -1 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return null;
}

function attributes({ path, domain }: CookieStorageOptions): string {
  // Secure on https only (CK-1): on plain http the browser would drop the cookie.
  const secure = globalThis.location?.protocol === 'https:' ? '; Secure' : '';
  return `; Path=${path}${domain ? `; Domain=${domain}` : ''}; SameSite=Lax${secure}`;
}

/**
 * The consent cookie (CK-1). When cookies cannot be written or read (disabled, a sandboxed
 * frame, no `document` at all) it keeps the value in memory for the life of the page, so the
 * banner still works and nothing throws.
 */
export function createCookieStorage(options: CookieStorageOptions): ConsentStorage {
  let inMemory = false;
  let memory: string | null = null;
  const cookieString = (): string => {
    if (typeof document === 'undefined') throw new Error('no document');
    return document.cookie;
  };
  return {
    read() {
      if (inMemory) return memory;
      try {
        return readCookieValue(cookieString(), options.name);
      } catch {
        return null;
      }
    },
    write(value, maxAgeSeconds) {
      if (!inMemory) {
        try {
          document.cookie = `${options.name}=${value}; Max-Age=${Math.floor(maxAgeSeconds)}${attributes(options)}`;
          // Disabled cookies fail silently: only reading the value back proves it was kept.
          if (readCookieValue(cookieString(), options.name) === value) return;
        } catch {
          // A sandboxed frame throws a SecurityError; fall through to memory.
        }
        inMemory = true;
      }
      memory = value;
    },
    clear() {
      memory = null;
      if (inMemory) return;
      try {
        document.cookie = `${options.name}=; Max-Age=0${attributes(options)}`;
      } catch {
        // Nothing was stored where nothing can be written.
      }
    },
  };
}

/** Keeps the value in memory only: for tests, previews and pages that must not write cookies. */
export function createMemoryStorage(initial: string | null = null): ConsentStorage {
  let memory = initial;
  return {
    read: () => memory,
    write: (value) => {
      memory = value;
    },
    clear: () => {
      memory = null;
    },
  };
}

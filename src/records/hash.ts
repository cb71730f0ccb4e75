// The keys imported so far, by secret: importing one is work a request should not repeat.
const keys = new Map<string, Promise<CryptoKey>>();

/** HMAC-SHA-256 of `value` under `secret`, in hex: how a signed-in person's user id is kept (REC-6). */
export async function hmacHex(secret: string, value: string): Promise<string> {
  const encoder = new TextEncoder();
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    keys.set(secret, key);
  }
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', await key, encoder.encode(value)));
  return Array.from(signature, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

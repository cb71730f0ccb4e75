// The bundler of the app replaces `process.env.NODE_ENV`; a page without one has no `process`.
declare const process: { env: { NODE_ENV?: string } } | undefined;

/** Whether development checks run: everywhere but a production build of the app. */
export function isDevelopment(): boolean {
  try {
    return typeof process === 'undefined' || process.env.NODE_ENV !== 'production';
  } catch {
    return false;
  }
}

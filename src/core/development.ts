// The app's bundler replaces `process.env.NODE_ENV` (Vite, webpack and Next.js all do); a page
// with no bundler has no `process`, and counts as production: checks that throw stay off there.
declare const process: { env: { NODE_ENV?: string } };

/** Whether development checks run: in development and test builds of the app, never in production. */
export function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return false;
  }
}

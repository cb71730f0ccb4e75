// The dialog's stylesheet is imported for the app's bundler to serve (preferences-dialog-loader.ts).
declare module '*.css';

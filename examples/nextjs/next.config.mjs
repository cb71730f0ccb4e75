/** @type {import('next').NextConfig} */
const nextConfig = {
  // The example lives inside the library's repository: this folder is the app's root.
  outputFileTracingRoot: import.meta.dirname,
  // Postgres in WebAssembly, for the records route: loaded from node_modules, not bundled.
  serverExternalPackages: ['@electric-sql/pglite'],
};

export default nextConfig;

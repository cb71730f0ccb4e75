/** @type {import('next').NextConfig} */
const nextConfig = {
  // The example lives inside the library's repository: this folder is the app's root.
  outputFileTracingRoot: import.meta.dirname,
};

export default nextConfig;

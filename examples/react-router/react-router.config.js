/** @type {import('@react-router/dev/config').Config} */
export default {
  // Server rendering: the root loader reads each request, so the server HTML has the banner or not.
  ssr: true,
  // React Router 8's behaviour, opted into now: the example asks nothing that 8 changes.
  future: {
    v8_middleware: true,
    v8_splitRouteModules: true,
    v8_viteEnvironmentApi: true,
    v8_passThroughRequests: true,
    v8_trailingSlashAwareDataRequests: true,
  },
};

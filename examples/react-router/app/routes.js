import { index, route } from '@react-router/dev/routes';

export default [
  index('routes/home.jsx'),
  // A resource route (no component): the records endpoint the provider posts each decision to.
  route('api/consent', 'routes/api.consent.js'),
];

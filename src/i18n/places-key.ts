// WARNING: first-load path. Keep it small.
// The key under which the build puts a language's place names into its `app` words
// (vite.config.ts placesWithApp; src/i18n/index.ts makes them the 'places' namespace again).
export const PLACES_IN_APP = '__places';

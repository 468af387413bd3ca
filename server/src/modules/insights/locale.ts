/** The request's language lives with the HTTP edge (errors follow it too); re-exported for the insights resolvers. */
export { requestLocale } from '../../http/locale.js';

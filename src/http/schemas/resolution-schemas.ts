// What each typed name was resolved to: declared once in app/profile, beside the resolver.
export {
  occupationResolutionSchema,
  profileResolutionSchema,
  skillResolutionSchema,
} from '../../app/profile/index.js';

// The API's routes, one file per resource: schema + handler, calling the CareersService.
export * from './route-context.js';
export * from './recommendation-routes.js';
export * from './occupation-routes.js';
export * from './feedback-routes.js';
export * from './model-routes.js';
export * from './questionnaire-routes.js';
export * from './health-routes.js';
export * from './web-routes.js';
export * from './reference-routes.js';
export * from './profile-routes.js';
export * from './pathway-routes.js';

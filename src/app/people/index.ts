// People an adviser would recognise: their profiles (shared by tests and the people table) and
// the table of what the product recommends them.
export * from './people.js';
export * from './people-document.js';

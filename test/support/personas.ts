import type { ProfileInput } from '../../src/app/profile/index.js';

// People the recommender tests try again and again, written once.

/** A marketer who writes and presents, enterprising and investigative (the demo's Sarah). */
export const MARKETER: ProfileInput = {
  skills: ['Writing', 'Speaking', 'Critical Thinking'],
  interests: ['E', 'I'],
  values: ['Achievement', 'Recognition'],
};

/** Someone who programs and likes mathematics, investigative and conventional. */
export const PROGRAMMER: ProfileInput = {
  skills: ['Programming', 'Mathematics'],
  interests: ['I', 'C'],
};

/** A registered nurse (by current occupation), social and investigative. */
export const NURSE: ProfileInput = { currentOccupation: '29-1141.00', interests: ['S', 'I'] };

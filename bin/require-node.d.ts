/** The oldest Node.js release the project runs on (22 and 24 LTS). */
export declare const MINIMUM_NODE: string;
/** The one-line refusal for a Node.js version string, or null when it is supported. */
export declare function nodeVersionProblem(version: string): string | null;
/** Exits with status 1 and the refusal on stderr when this Node.js is too old. */
export declare function requireSupportedNode(): void;

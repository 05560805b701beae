/** The web page's folder (sources, config). */
export declare const WEB_DIR: string;
/** Where the built page lives (served by the API at /). */
export declare const WEB_DIST: string;
/** True when web/dist/index.html is missing or older than web/src, index.html or the config. */
export declare function webBuildIsStale(): boolean;

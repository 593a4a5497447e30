/**
 * The viewer's time zone as the browser reported it, so server-rendered pages ("today" on the home page)
 * count days where the viewer is. A preference, not a credential: a wrong value only shifts the lists.
 */
export const ZONE_COOKIE = "roomdesk-zone";
export const ZONE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

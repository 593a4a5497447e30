"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** null on the server and during hydration (the server's zone is not the viewer's), the browser's zone after. */
export const useViewerZone = () => useSyncExternalStore(noSubscription, browserZone, () => null);

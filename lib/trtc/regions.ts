/** Tencent's REST domains by region (docs/trtc-api.md §1.2). */
export const TRTC_REGIONS = {
  china: "console.tim.qq.com",
  singapore: "adminapisgp.im.qcloud.com",
  seoul: "adminapikr.im.qcloud.com",
  frankfurt: "adminapiger.im.qcloud.com",
  "silicon-valley": "adminapiusa.im.qcloud.com",
  jakarta: "adminapiidn.im.qcloud.com",
} as const;

export type TrtcRegion = keyof typeof TRTC_REGIONS;
export const TRTC_REGION_NAMES = Object.keys(TRTC_REGIONS) as [TrtcRegion, ...TrtcRegion[]];

/** Whether a base URL is one of Tencent's own domains (anything else is a sandbox or a stand-in). */
export function isTencentBaseUrl(baseUrl: string): boolean {
  const host = new URL(baseUrl).hostname;
  return Object.values(TRTC_REGIONS).some((d) => d === host);
}

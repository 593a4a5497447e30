import { describe, expect, it } from "vitest";
import { nodeRouteFor, publishNodeRoute } from "./node-routes.mjs";

describe("routes answered before Next", () => {
  it("finds a published route by method and exact path, whatever the query", async () => {
    const route = async () => {};
    publishNodeRoute("POST", "/api/test/node-route", route);
    expect(nodeRouteFor({ method: "POST", url: "/api/test/node-route" })).toBe(route);
    expect(nodeRouteFor({ method: "POST", url: "/api/test/node-route?SdkAppid=1&x=/" })).toBe(route);
  });

  it("leaves everything else to Next", () => {
    publishNodeRoute("POST", "/api/test/node-route", async () => {});
    for (const req of [
      { method: "GET", url: "/api/test/node-route" },
      { method: "POST", url: "/api/test/node-route/" },
      { method: "POST", url: "/api/test/node-rout%65" },
      { method: "POST", url: "/API/test/node-route" },
      { method: "POST", url: "/api/test/node-route-2" },
      { method: "POST" },
    ])
      expect(nodeRouteFor(req)).toBeNull();
  });

  it("keeps a GET route to GET: HEAD and the other methods on its path stay Next's", () => {
    const route = async () => {};
    publishNodeRoute("GET", "/api/test/lookup", route);
    expect(nodeRouteFor({ method: "GET", url: "/api/test/lookup?q=Id-1" })).toBe(route);
    for (const method of ["HEAD", "POST", "OPTIONS", "get"])
      expect(nodeRouteFor({ method, url: "/api/test/lookup?q=Id-1" })).toBeNull();
  });

  it("is one table for every copy of the module in the process", async () => {
    const route = async () => {};
    publishNodeRoute("POST", "/api/test/shared", route);
    const copy = await import(/* @vite-ignore */ `./node-routes.mjs?copy=${Date.now()}`);
    expect(copy.nodeRouteFor({ method: "POST", url: "/api/test/shared" })).toBe(route);
  });
});

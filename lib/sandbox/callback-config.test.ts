import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSandbox } from "./server";
import { APP } from "@/tests/trtc-test-app";
import { configCall } from "@/tests/callback-receiver";
import type { RunningSandbox } from "./types";

/** set_callback, get_callback, update_callback and delete_callback over HTTP (docs/trtc-api.md §6.1). */

let sb: RunningSandbox;
beforeAll(async () => {
  sb = await startSandbox({ apps: [APP], port: 0 });
});
afterAll(() => sb.close());
beforeEach(() => sb.reset());

const CONFIG = {
  Url: "https://hooks.example.com/trtc?tenant=7",
  CallbackCommandList: ["Room.CallbackAfterCreateRoom", "Room.CallbackUpdateRoomInfo"],
};

describe("callback configuration", () => {
  it("answers an empty configuration before any is set", async () => {
    expect(await configCall(sb.url, "get_callback", {})).toMatchObject({
      code: 0,
      response: { Url: "", CallbackCommandList: [] },
    });
  });

  it("sets once, reads back what was set (an alias stays as given), and refuses a second set with 100300", async () => {
    expect((await configCall(sb.url, "set_callback", CONFIG)).code).toBe(0);
    expect((await configCall(sb.url, "get_callback", {})).response).toEqual(CONFIG);
    expect((await configCall(sb.url, "set_callback", CONFIG)).code).toBe(100300);
  });

  it("refuses an update before any set with 100301, then updates", async () => {
    expect((await configCall(sb.url, "update_callback", CONFIG)).code).toBe(100301);
    await configCall(sb.url, "set_callback", CONFIG);
    const next = { Url: "http://127.0.0.1:9/v2", CallbackCommandList: [] };
    expect((await configCall(sb.url, "update_callback", next)).code).toBe(0);
    expect((await configCall(sb.url, "get_callback", {})).response).toEqual(next);
  });

  it("deletes, and deleting again is still OK", async () => {
    await configCall(sb.url, "set_callback", CONFIG);
    expect((await configCall(sb.url, "delete_callback", {})).code).toBe(0);
    expect((await configCall(sb.url, "delete_callback", {})).code).toBe(0);
    expect((await configCall(sb.url, "get_callback", {})).response).toEqual({
      Url: "",
      CallbackCommandList: [],
    });
    expect((await configCall(sb.url, "set_callback", CONFIG)).code).toBe(0);
  });

  it.each([
    [{ ...CONFIG, Url: "ftp://hooks.example.com" }, "Url: must start with http:// or https://"],
    [{ ...CONFIG, Url: "https://" }, "Url: is not a valid URL"],
    [{ ...CONFIG, Url: 7 }, "Url: must be a string"],
    [{ CallbackCommandList: [] }, "Url: is required"],
    [{ Url: CONFIG.Url }, "CallbackCommandList: is required"],
    [
      { ...CONFIG, CallbackCommandList: "Room.CallbackAfterCreateRoom" },
      "CallbackCommandList: must be an array",
    ],
    [
      { ...CONFIG, CallbackCommandList: ["Room.CallbackAfterCreateRoom", "Room.CallbackAfterNothing"] },
      "CallbackCommandList[1]: is not a known callback command",
    ],
    [{ ...CONFIG, CallbackCommandList: [3] }, "CallbackCommandList[0]: must be a string"],
    [{ ...CONFIG, Token: "x" }, "Token: unknown field"],
  ])("refuses %j with 100002 naming the field", async (body, info) => {
    for (const command of ["set_callback", "update_callback"]) {
      const r = await configCall(sb.url, command, body);
      expect(r.code, command).toBe(100002);
      expect(r.info).toContain(info);
    }
    expect((await configCall(sb.url, "get_callback", {})).response).toEqual({
      Url: "",
      CallbackCommandList: [],
    });
  });

  it("refuses fields on get_callback and delete_callback", async () => {
    expect((await configCall(sb.url, "get_callback", { Url: "x" })).info).toContain("Url: unknown field");
    expect((await configCall(sb.url, "delete_callback", { all: true })).code).toBe(100002);
  });

  it("reset clears the configuration", async () => {
    await configCall(sb.url, "set_callback", CONFIG);
    sb.reset();
    expect((await configCall(sb.url, "get_callback", {})).response).toEqual({
      Url: "",
      CallbackCommandList: [],
    });
  });
});

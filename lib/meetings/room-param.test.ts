import { describe, expect, it } from "vitest";
import { roomIdParam, roomIdParamProblem } from "./room-param";

describe("a RoomId from a URL segment", () => {
  it("an encoded line break decodes, and is then refused with the field and the character named", () => {
    const roomId = roomIdParam("rd-1%0D%0ABEGIN%3AVEVENT");
    expect(roomId).toBe("rd-1\r\nBEGIN:VEVENT");
    expect(roomIdParamProblem(roomId)).toBe(
      "Room ID contains a carriage return (U+000D); line breaks, tabs and other control characters are not allowed",
    );
  });

  it("any ID an imported room may have is fine", () => {
    expect(roomIdParamProblem(roomIdParam("Team%20Room.1%40hq"))).toBeUndefined();
    expect(roomIdParamProblem("rd-abc123")).toBeUndefined();
  });
});

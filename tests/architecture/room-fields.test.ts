import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { INVITEES_FIELD, ROOM_WIRE_NAMES } from "@/lib/trtc/room-fields";

/**
 * The room's fields are declared once (lib/trtc/room-fields.ts); everything else derives from that table.
 * So no other product module spells a room field's wire name: not as a string, a key or a property.
 * The sandbox is Tencent's stand-in, not the product, and may spell them (it reads the same table).
 */
const TABLE = "lib/trtc/room-fields.ts";
// Member and seat commands have fields of their own that happen to share a name with a room field.
const OTHER_ENTITIES: Record<string, string[]> = {
  "lib/trtc/requests.ts": ["CustomInfo"],
  "lib/trtc/responses.ts": ["CustomInfo", "IsVideoDisabled", "IsAudioDisabled"],
  // A seat's video and audio locks (get_seat_list, docs/trtc-api.md §2.13).
  "lib/server/people/reads.ts": ["IsVideoDisabled", "IsAudioDisabled"],
};
// RoomId names the room in every command's body, not a field of RoomInfo alone.
const NAMES: readonly string[] = [...ROOM_WIRE_NAMES.filter((n) => n !== "RoomId"), INVITEES_FIELD.wire];

function productFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return full === "lib/sandbox" ? [] : productFiles(full);
    return /\.(ts|tsx|mjs)$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [full] : [];
  });
}

/** The wire names a file spells in code (comments and type names left out). */
function spelled(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) {
      const text = node.text;
      const isTypeName =
        ts.isIdentifier(node) &&
        (ts.isTypeReferenceNode(node.parent) || ts.isTypeAliasDeclaration(node.parent));
      if (NAMES.includes(text) && !isTypeName) found.add(text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...found];
}

describe("room fields are spelled in one product module", () => {
  const files = ["app", "components", "lib"].flatMap(productFiles).filter((f) => f !== TABLE);

  it("the table names every field", () => {
    expect(spelled(TABLE)).toEqual(expect.arrayContaining([...NAMES]));
  });

  it("no other product module spells a room field's wire name", () => {
    const offenders = files.flatMap((file) =>
      spelled(file)
        .filter((name) => !(OTHER_ENTITIES[file] ?? []).includes(name))
        .map((name) => `${file}: ${name}`),
    );
    expect(offenders).toEqual([]);
  });
});

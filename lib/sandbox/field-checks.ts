import { utf8Bytes } from "../trtc/limits";

/**
 * Typed readers for JSON bodies. Each failure throws a ParamError whose message starts with the wire
 * path ("RoomInfo.RoomId: exceeds 48 bytes") so the app can map 100002 back onto a form field.
 */
export class ParamError extends Error {}

export type Json = Record<string, unknown>;

export function paramError(path: string, problem: string): never {
  throw new ParamError(`${path}: ${problem}`);
}

export const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

export function readObject(v: unknown, path: string): Json {
  if (v === undefined) paramError(path, "is required");
  if (!isObject(v)) paramError(path, "must be an object");
  return v;
}

/**
 * Tencent rejects fields it does not know; this also catches typos such as `RoomID`. With `frozen`
 * (update_room_info) every refusal says "not updatable", naming the known-but-fixed fields as such.
 */
export function rejectUnknown(
  obj: Json,
  prefix: string,
  allowed: readonly string[],
  frozen?: readonly string[],
) {
  for (const key of Object.keys(obj)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (frozen?.includes(key)) paramError(path, "is not updatable with update_room_info");
    if (!allowed.includes(key))
      paramError(path, frozen ? "is not updatable (unknown field)" : "unknown field");
  }
}

interface StringRule {
  maxBytes: number;
  required?: boolean;
  nonEmpty?: boolean;
}

export function readString(obj: Json, key: string, path: string, rule: StringRule): string | undefined {
  const v = obj[key];
  if (v === undefined) return rule.required ? paramError(path, "is required") : undefined;
  if (typeof v !== "string") paramError(path, "must be a string");
  if (rule.nonEmpty && v.length === 0) paramError(path, "must not be empty");
  if (utf8Bytes(v) > rule.maxBytes) paramError(path, `exceeds ${rule.maxBytes} bytes`);
  return v;
}

export function readInt(obj: Json, key: string, path: string, min: number, max: number): number | undefined {
  const v = obj[key];
  if (v === undefined) return undefined;
  if (typeof v !== "number" || !Number.isInteger(v)) paramError(path, "must be an integer");
  if (v < min || v > max) paramError(path, `must be between ${min} and ${max}`);
  return v;
}

/** A JSON boolean only: the string "true" is a type error, as in Tencent's typed backend. */
export function readBool(obj: Json, key: string, path: string): boolean | undefined {
  const v = obj[key];
  if (v === undefined) return undefined;
  if (typeof v !== "boolean") paramError(path, "must be a boolean");
  return v;
}

export function readEnum<T extends string>(
  obj: Json,
  key: string,
  path: string,
  values: readonly T[],
): T | undefined {
  const v = obj[key];
  if (v === undefined) return undefined;
  if (typeof v !== "string" || !(values as readonly string[]).includes(v)) {
    paramError(path, `must be one of ${values.join(", ")}`);
  }
  return v as T;
}

/**
 * The RoomId that get/update/destroy carry. No byte limit here: rooms made by other tools (client SDKs
 * allow 64 bytes) must stay reachable, and an over-long ID simply is not found.
 */
export function readRoomId(obj: Json, path: string): string {
  return readString(obj, "RoomId", path, { maxBytes: Infinity, required: true, nonEmpty: true }) as string;
}

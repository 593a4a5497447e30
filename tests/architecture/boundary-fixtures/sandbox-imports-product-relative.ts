// as: lib/sandbox/fixture.ts
import { makeScheduleMeetingSchema } from "../schemas/meeting";

export const schema = makeScheduleMeetingSchema;

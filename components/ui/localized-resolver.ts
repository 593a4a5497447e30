"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";
import { localizeFieldErrorTree } from "@/lib/i18n/localize-issue";
import type { Translate } from "@/lib/i18n/translate";

/** zodResolver whose messages come out in the viewer's locale: the same words the server action answers. */
export function localizedResolver<I extends FieldValues, O>(
  schema: z.ZodType<O, I>,
  t: Translate,
): Resolver<I, unknown, O> {
  const resolve = zodResolver(schema) as unknown as Resolver<I, unknown, O>;
  return async (values, context, options) => {
    const result = await resolve(values, context, options);
    return { ...result, errors: localizeFieldErrorTree(t, result.errors) } as typeof result;
  };
}

"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { scheduleAction } from "./actions";

// The same entries Roomdesk's pages import: zod classic, the zod resolver, react-hook-form, useQuery and
// next-intl's client hook. Each is used for real, so nothing of them is shaken out that the app keeps.
const schema = z.object({
  roomName: z.string().trim().min(1, "required").max(30, "tooLong"),
});

export function FloorForm() {
  const t = useTranslations("floor");
  const listed = useQuery({
    queryKey: ["meetings"],
    queryFn: () => fetch("/meetings.json").then((r) => (r.ok ? r.json() : [])),
  });
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { roomName: "" } });
  const error = form.formState.errors.roomName?.message;

  return (
    <form onSubmit={form.handleSubmit((values) => scheduleAction(values))} noValidate>
      <label htmlFor="room-name">{t("label")}</label>
      <input id="room-name" {...form.register("roomName")} aria-invalid={error ? true : undefined} />
      {error ? <p role="alert">{t(error, { max: 30 })}</p> : null}
      <button type="submit" disabled={form.formState.isSubmitting}>
        {t("submit")}
      </button>
      <p role="status">{t("status", { count: listed.data?.length ?? 0 })}</p>
    </form>
  );
}

"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlBulkJobAction } from "@/lib/actions/bulk/actions";
import type { JobControlName } from "@/lib/bulk/job-control";
import type { BulkJobProgress } from "@/lib/bulk/job-types";
import { useT } from "@/lib/i18n/use-t";
import { bulkJobOptions, recentBulkJobsOptions } from "@/lib/queries/bulk-jobs";

/** Pause and resume, and cancel behind a confirmation that says what it does to the rows not yet sent. */
export function JobControls({ job }: { job: BulkJobProgress }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const control = useMutation({
    mutationFn: (name: JobControlName) => controlBulkJobAction({ jobId: job.jobId, control: name }),
    onSettled: async () => {
      setConfirming(false);
      await queryClient.invalidateQueries({ queryKey: bulkJobOptions(job.jobId).queryKey });
      await queryClient.invalidateQueries({ queryKey: recentBulkJobsOptions().queryKey });
    },
  });
  const refusal = control.data && !control.data.ok ? control.data.error?.message : null;
  const open = job.state === "running" || job.state === "paused";
  if (!open) return null;
  const waiting = job.counts.queued;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        {job.state === "running" ? (
          <Button variant="secondary" disabled={control.isPending} onClick={() => control.mutate("pause")}>
            {t("bulkJobs.pause")}
          </Button>
        ) : (
          <Button disabled={control.isPending} onClick={() => control.mutate("resume")}>
            {t("bulkJobs.resume")}
          </Button>
        )}
        <Button variant="ghost" disabled={control.isPending} onClick={() => setConfirming(true)}>
          {t("bulkJobs.cancel")}
        </Button>
      </div>
      {confirming ? (
        <div
          role="group"
          aria-label={t("bulkJobs.cancelHeading")}
          className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm"
        >
          <p>{t("bulkJobs.cancelExplain", { waiting })}</p>
          <div className="mt-3 flex gap-2">
            <Button disabled={control.isPending} onClick={() => control.mutate("cancel")}>
              {t("bulkJobs.cancelConfirm", { waiting })}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t("bulkJobs.cancelKeep")}
            </Button>
          </div>
        </div>
      ) : null}
      {refusal ? <Alert tone="error">{refusal}</Alert> : null}
      {control.isError ? <Alert tone="error">{t("bulkJobs.controlLost")}</Alert> : null}
    </div>
  );
}

/**
 * Tencent's 100002 ErrorInfo names the offending wire field (e.g. "RoomInfo.RoomId: …"); this maps it back
 * to the form field so the message lands where the admin can fix it. Unknown names stay form-level.
 */
const WIRE_TO_FORM: Record<string, string> = {
  RoomId: "roomId",
  RoomName: "roomName",
  Owner_Account: "owner",
  MaxMemberCount: "maxMemberCount",
  ScheduleStartTime: "schedule.time",
  ScheduleEndTime: "schedule.durationMinutes",
  IsVideoDisabled: "settings.videoDisabled",
  IsAudioDisabled: "settings.audioDisabled",
  IsMessageDisabled: "settings.messagesDisabled",
  IsScreenSharingDisabled: "settings.screenSharingDisabled",
  IsCloudRecordingDisabled: "settings.cloudRecordingDisabled",
  CustomInfo: "customInfo",
  IsSeatEnabled: "seats.enabled",
  MaxSeatCount: "seats.maxSeatCount",
  TakeSeatMode: "seats.takeSeatMode",
  ScheduleInviteeList_Account: "invitees",
};

export function formPathForErrorInfo(errorInfo: string | null): string | null {
  if (!errorInfo) return null;
  const names = errorInfo.match(/[A-Za-z_]+/g) ?? [];
  for (const name of names) if (WIRE_TO_FORM[name]) return WIRE_TO_FORM[name];
  return null;
}

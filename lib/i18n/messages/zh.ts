import type { Messages } from "../translate";
import auth from "./zh/auth.json";
import authForm from "./zh/authForm.json";
import change from "./zh/change.json";
import controlCharacter from "./zh/controlCharacter.json";
import field from "./zh/field.json";
import fieldHint from "./zh/fieldHint.json";
import form from "./zh/form.json";
import meeting from "./zh/meeting.json";
import pages from "./zh/pages.json";
import schedule from "./zh/schedule.json";
import scheduleForm from "./zh/scheduleForm.json";
import settingsSection from "./zh/settingsSection.json";
import shell from "./zh/shell.json";
import trtc from "./zh/trtc.json";
import trtcCode from "./zh/trtcCode.json";
import ui from "./zh/ui.json";
import users from "./zh/users.json";
import validation from "./zh/validation.json";
import validationLabel from "./zh/validationLabel.json";
import meetings from "./zh/meetings.json";
import support from "./zh/support.json";
import roomEvents from "./zh/roomEvents.json";
import callbacks from "./zh/callbacks.json";
import usersPage from "./zh/usersPage.json";
import calendar from "./zh/calendar.json";
import bulk from "./zh/bulk.json";
import bulkJobs from "./zh/bulkJobs.json";
import home from "./zh/home.json";
import meetingActions from "./zh/meetingActions.json";
import scheduleLayout from "./zh/scheduleLayout.json";
import reschedule from "./zh/reschedule.json";
import layout from "./zh/layout.json";
import series from "./zh/series.json";
import seriesMove from "./zh/seriesMove.json";
import actors from "./zh/actors.json";
import auditView from "./zh/auditView.json";
import when from "./zh/when.json";
import userDialogs from "./zh/userDialogs.json";
import zones from "./zh/zones.json";
import session from "./zh/session.json";
import feedback from "./zh/feedback.json";
import people from "./zh/people.json";
import seats from "./zh/seats.json";
import accounts from "./zh/accounts.json";

/**
 * The Simplified Chinese catalog (zh-Hans), key for key the English one (lib/i18n/catalog.test.ts).
 */
export const zh: Messages = {
  auth,
  authForm,
  change,
  controlCharacter,
  field,
  fieldHint,
  form,
  meeting,
  pages,
  schedule,
  scheduleForm,
  settingsSection,
  shell,
  trtc,
  trtcCode,
  ui,
  users,
  validation,
  validationLabel,
  meetings,
  support,
  roomEvents,
  callbacks,
  usersPage,
  calendar,
  bulk,
  bulkJobs,
  home,
  meetingActions,
  scheduleLayout,
  layout,
  series,
  seriesMove,
  actors,
  auditView,
  when,
  userDialogs,
  people,
  seats,
  accounts,
  reschedule,
  zones,
  session,
  feedback,
};

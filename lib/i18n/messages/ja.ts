import type { Messages } from "../translate";
import auth from "./ja/auth.json";
import authForm from "./ja/authForm.json";
import change from "./ja/change.json";
import controlCharacter from "./ja/controlCharacter.json";
import field from "./ja/field.json";
import fieldHint from "./ja/fieldHint.json";
import form from "./ja/form.json";
import meeting from "./ja/meeting.json";
import pages from "./ja/pages.json";
import schedule from "./ja/schedule.json";
import scheduleForm from "./ja/scheduleForm.json";
import settingsSection from "./ja/settingsSection.json";
import shell from "./ja/shell.json";
import trtc from "./ja/trtc.json";
import trtcCode from "./ja/trtcCode.json";
import ui from "./ja/ui.json";
import users from "./ja/users.json";
import validation from "./ja/validation.json";
import validationLabel from "./ja/validationLabel.json";
import meetings from "./ja/meetings.json";
import support from "./ja/support.json";
import roomEvents from "./ja/roomEvents.json";
import callbacks from "./ja/callbacks.json";
import usersPage from "./ja/usersPage.json";
import calendar from "./ja/calendar.json";
import bulk from "./ja/bulk.json";
import bulkJobs from "./ja/bulkJobs.json";
import home from "./ja/home.json";
import meetingActions from "./ja/meetingActions.json";
import scheduleLayout from "./ja/scheduleLayout.json";
import reschedule from "./ja/reschedule.json";
import layout from "./ja/layout.json";
import series from "./ja/series.json";
import seriesMove from "./ja/seriesMove.json";
import actors from "./ja/actors.json";
import auditView from "./ja/auditView.json";
import when from "./ja/when.json";
import userDialogs from "./ja/userDialogs.json";
import zones from "./ja/zones.json";
import session from "./ja/session.json";
import feedback from "./ja/feedback.json";
import people from "./ja/people.json";
import seats from "./ja/seats.json";
import accounts from "./ja/accounts.json";

/**
 * The Japanese catalog, key for key the English one (lib/i18n/catalog.test.ts holds it to that).
 */
export const ja: Messages = {
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

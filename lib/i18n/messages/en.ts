import auth from "./en/auth.json";
import authForm from "./en/authForm.json";
import change from "./en/change.json";
import controlCharacter from "./en/controlCharacter.json";
import field from "./en/field.json";
import fieldHint from "./en/fieldHint.json";
import form from "./en/form.json";
import meeting from "./en/meeting.json";
import pages from "./en/pages.json";
import schedule from "./en/schedule.json";
import scheduleForm from "./en/scheduleForm.json";
import settingsSection from "./en/settingsSection.json";
import people from "./en/people.json";
import seats from "./en/seats.json";
import accounts from "./en/accounts.json";
import shell from "./en/shell.json";
import trtc from "./en/trtc.json";
import trtcCode from "./en/trtcCode.json";
import ui from "./en/ui.json";
import users from "./en/users.json";
import validation from "./en/validation.json";
import validationLabel from "./en/validationLabel.json";
import meetings from "./en/meetings.json";
import support from "./en/support.json";
import roomEvents from "./en/roomEvents.json";
import callbacks from "./en/callbacks.json";
import usersPage from "./en/usersPage.json";
import calendar from "./en/calendar.json";
import bulk from "./en/bulk.json";
import bulkJobs from "./en/bulkJobs.json";
import home from "./en/home.json";
import meetingActions from "./en/meetingActions.json";
import scheduleLayout from "./en/scheduleLayout.json";
import reschedule from "./en/reschedule.json";
import layout from "./en/layout.json";
import series from "./en/series.json";
import seriesMove from "./en/seriesMove.json";
import actors from "./en/actors.json";
import auditView from "./en/auditView.json";
import when from "./en/when.json";
import userDialogs from "./en/userDialogs.json";
import zones from "./en/zones.json";
import session from "./en/session.json";
import feedback from "./en/feedback.json";

/**
 * The English catalog, one file per namespace (ICU message format), so a feature's words sit in a file of
 * their own. A new namespace is one file per locale and one line in each of en.ts, ja.ts and zh.ts;
 * lib/i18n/catalog.test.ts fails until every locale has it, key for key.
 */
export const en = {
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
  people,
  seats,
  accounts,
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
  reschedule,
  layout,
  series,
  seriesMove,
  actors,
  auditView,
  when,
  userDialogs,
  zones,
  session,
  feedback,
};

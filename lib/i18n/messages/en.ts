import field from "./en/field.json";
import fieldHint from "./en/fieldHint.json";
import change from "./en/change.json";
import form from "./en/form.json";
import schedule from "./en/schedule.json";
import meeting from "./en/meeting.json";
import trtc from "./en/trtc.json";
import auth from "./en/auth.json";
import users from "./en/users.json";
import settingsSection from "./en/settingsSection.json";
import people from "./en/people.json";
import seats from "./en/seats.json";
import accounts from "./en/accounts.json";

/**
 * The English catalog, one file per namespace (ICU message format), so a feature's words sit in a file of
 * their own. A new namespace is one file and one line here.
 */
export const en = {
  field,
  fieldHint,
  change,
  form,
  schedule,
  meeting,
  trtc,
  auth,
  users,
  settingsSection,
  people,
  seats,
  accounts,
};

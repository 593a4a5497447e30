import { getRequestConfig } from "next-intl/server";

// As Roomdesk's lib/i18n/request.ts: one catalog per request, handed to the browser by the provider.
export default getRequestConfig(async () => ({
  locale: "en",
  messages: {
    floor: {
      label: "Room name",
      required: "Enter a room name.",
      tooLong: "At most {max} characters.",
      submit: "Schedule",
      status: "{count, plural, one {# meeting} other {# meetings}} listed",
    },
  },
}));

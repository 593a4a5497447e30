import createNextIntlPlugin from "next-intl/plugin";

// The floor of bench:pages: a bare app on Roomdesk's own node_modules, so Turbopack's root is the project's.
const withNextIntl = createNextIntlPlugin("./i18n/request.js");

export default withNextIntl({
  turbopack: { root: process.env.PAGE_WEIGHT_ROOT },
  poweredByHeader: false,
});

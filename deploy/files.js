/* eslint-disable no-undef */
// The committed configurations under deploy/ and the example base they are rendered for.
const { nginx, iis, staticWebApp } = require("./render");

/** Relative to deploy/. nginx and SWA are rendered for the paths their README sections use as the example. */
function committedConfigs() {
  return {
    "nginx/signin-assistant.conf": nginx({ basePath: "/signin-assistant/", root: "/var/www" }),
    "iis/web.config": iis(),
    "azure-static-web-apps/staticwebapp.config.json": staticWebApp({ basePath: "/" }),
  };
}

module.exports = { committedConfigs };

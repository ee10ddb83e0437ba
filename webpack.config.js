/* eslint-disable no-undef */
// Production and dev builds of the task pane. Follows the Office add-in generator's shape (dev URL in manifest.xml,
// rewritten to the production URL on copy) without its IE 11 polyfill, which no supported Outlook webview needs.

const path = require("node:path");
const fs = require("node:fs");
const os = require("node:os");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");
const { productionBaseUrl, rewriteManifest } = require("./scripts/public-url.js");
const { CSP } = require("./deploy/csp.js");
const { iis, staticWebApp } = require("./deploy/render.js");

const DEV_BASE = "https://localhost:3000/";

/** Dev-server HTTPS from office-addin-dev-certs' files: its installer needs sudo to trust the CA, which may not exist. */
function devHttpsOptions() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const file = (name) => path.join(dir, name);
  if (!fs.existsSync(file("localhost.crt"))) {
    // `npm start` and `npm run dev-server` write the files first (scripts/ensure-dev-certs.mjs); trusting the CA is
    // left to an administrator.
    console.warn("No dev certificate yet: run `node scripts/ensure-dev-certs.mjs`, then trust ~/.office-addin-dev-certs/ca.crt.");
    return { type: "https" };
  }
  return {
    type: "https",
    options: { key: fs.readFileSync(file("localhost.key")), cert: fs.readFileSync(file("localhost.crt")), ca: fs.readFileSync(file("ca.crt")) },
  };
}

/** `--env outputDir=dist-e2e`: a folder name inside the project (the browser tests must never overwrite dist/). */
function outputPath(dir = "dist") {
  if (!/^[\w.-]+$/.test(dir) || dir === "." || dir === "..")
    throw new Error(`outputDir must be a folder name inside the project, got "${dir}"`);
  return path.resolve(__dirname, dir);
}

/**
 * Writes the IIS and Azure Static Web Apps configurations next to the site, where those hosts read them, rendered
 * from the same policy and CSP module as the pages' <meta> tags.
 */
class ServerConfigsPlugin {
  constructor(basePath) {
    this.basePath = basePath;
  }
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("ServerConfigsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ServerConfigsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          compilation.emitAsset("web.config", new sources.RawSource(iis()), { minimized: true });
          compilation.emitAsset(
            "staticwebapp.config.json",
            new sources.RawSource(staticWebApp({ basePath: this.basePath })),
            { minimized: true }
          );
        }
      );
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  // The analyzer only looks at the bundle, so it may run without a real public address.
  const publicUrl = process.env.ADDIN_PUBLIC_URL || (env.analyze ? "https://addins.contoso.com/signin-assistant/" : undefined);
  const base = production ? productionBaseUrl(publicUrl) : DEV_BASE;
  const sourceMaps = !production || process.env.SOURCE_MAPS === "1";
  const minify = production ? { collapseWhitespace: true, removeComments: true } : false;
  const plugins = [
    // Griffel's extraction sorts its atomic rules itself, so the chunk-order warnings mini-css-extract raises about
    // the virtual Griffel modules are noise (Griffel's docs pair the plugin with ignoreOrder).
    new MiniCssExtractPlugin({ filename: production ? "[name].[contenthash:8].css" : "[name].css", ignoreOrder: true }),
    new GriffelCSSExtractionPlugin(),
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["taskpane"],
      scriptLoading: "defer",
      minify,
      csp: CSP.taskpane,
    }),
    new HtmlWebpackPlugin({
      filename: "dialog.html",
      template: "./src/auth/dialog.html",
      chunks: ["dialog"],
      scriptLoading: "defer",
      minify,
      csp: CSP.dialog,
    }),
    new HtmlWebpackPlugin({
      filename: "support.html",
      template: "./src/support/support.html",
      inject: false,
      minify,
      csp: CSP.support,
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets/*.png", to: "assets/[name][ext]", info: { minimized: true } },
        { from: "src/support/support.css", to: "support.css", info: { minimized: true } },
        {
          from: "manifest.xml",
          to: "manifest.xml",
          info: { minimized: true },
          transform: (content) => (production ? rewriteManifest(content.toString(), DEV_BASE, base) : content),
        },
      ],
    }),
  ];
  if (production) plugins.push(new ServerConfigsPlugin(new URL(base).pathname));
  if (env.analyze) {
    const { BundleAnalyzerPlugin } = require("webpack-bundle-analyzer");
    plugins.push(new BundleAnalyzerPlugin({ analyzerMode: "static", reportFilename: path.resolve(__dirname, "bench/report.html"), openAnalyzer: false }));
  }
  return {
    mode: production ? "production" : "development",
    devtool: sourceMaps ? "source-map" : false,
    // The watchdog is its own small entry: the pages load it (async) ahead of office.js, see src/watchdog/main.ts.
    entry: { taskpane: "./src/taskpane/main.ts", dialog: "./src/dialog/main.ts", watchdog: "./src/watchdog/main.ts" },
    output: {
      path: outputPath(env.outputDir),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      // Styles are compiled ahead of time into one CSS file (Griffel AOT + CSS extraction), so rendering the pane
      // doesn't compute and insert CSS rules at runtime. Loaders run bottom-up: esbuild strips TypeScript, Griffel's
      // loader turns makeStyles into precomputed styles, the extraction loader moves them into CSS.
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            { loader: GriffelCSSExtractionPlugin.loader },
            { loader: "@griffel/webpack-loader" },
            { loader: "esbuild-loader", options: { target: "es2020", jsx: "automatic" } },
          ],
        },
        // Fluent UI ships its styles precompiled; they only need extracting.
        { test: /\.m?js$/, include: /node_modules[\\/]@fluentui/, use: { loader: GriffelCSSExtractionPlugin.loader } },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
      ],
    },
    optimization: {
      // "all" lets the pane's lazy MSAL chunk and the sign-in dialog page share one copy of msal-browser.
      splitChunks: { chunks: "all" },
    },
    performance: { hints: false },
    plugins,
    devServer: {
      static: { directory: path.join(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: devHttpsOptions(),
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      client: { overlay: { warnings: false } },
    },
  };
};

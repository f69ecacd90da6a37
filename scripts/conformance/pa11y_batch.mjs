// pa11y (htmlcs runner, WCAG2AA) over a list of URLs with one shared Debian chromium.
// Usage: node pa11y_batch.mjs urls.json > report.json
// Prints {url: [issue, …]} or {url: {"error": "…"}}; only issues of type "error".
import fs from "node:fs";
import pa11y from "pa11y";
import puppeteer from "puppeteer";

const urls = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  headless: true,
});
const report = {};
const queue = [...urls];
async function worker() {
  for (let url = queue.shift(); url; url = queue.shift()) {
    const page = await browser.newPage();
    try {
      const result = await pa11y(url, {
        browser,
        page,
        runners: ["htmlcs"],
        standard: "WCAG2AA",
        includeNotices: false,
        includeWarnings: false,
        timeout: 60000,
      });
      report[url] = result.issues
        .filter((issue) => issue.type === "error")
        .map(({ code, message, selector, context }) => ({ code, message, selector, context }));
    } catch (error) {
      report[url] = { error: String(error) };
    } finally {
      await page.close().catch(() => {});
    }
  }
}
await Promise.all([worker(), worker(), worker()]);
await browser.close();
process.stdout.write(JSON.stringify(report));

import { finding, type Rule } from "./types";

/** W1–W5 (notes §5): what the website shows a reviewer. Silent when the site was not probed. */
export const websiteRules: Rule[] = [
  (_, o) => {
    const w = o.website;
    if (!w || w.ok) return null;
    if (w.status !== undefined)
      return finding(
        "W1",
        "blocker",
        "The website answers with an error",
        `${w.url} answered HTTP ${w.status}. AWS reads a dead site as no site.`,
        { field: "websiteUrl" },
      );
    return finding(
      "W1",
      "warning",
      "The website could not be reached from this server",
      `${w.error}. Make sure ${w.url} loads over HTTPS for anyone: a missing website is a common reason for a denial.`,
      { field: "websiteUrl" },
    );
  },
  (_, o) => {
    const w = o.website;
    if (!w?.ok) return null;
    if (w.page.parked)
      return finding(
        "W1",
        "blocker",
        "The website looks parked or unfinished",
        `${w.finalUrl} (“${w.page.title || "no title"}”) reads like a parked, coming-soon or default server page.`,
        { field: "websiteUrl" },
      );
    if (!w.finalUrl.startsWith("https:"))
      return finding("W1", "warning", "The website ends on plain HTTP", `${w.url} redirects to ${w.finalUrl}; serve it over HTTPS.`, {
        field: "websiteUrl",
      });
    return null;
  },
  (_, o) =>
    o.website?.ok && !o.website.page.parked && o.website.page.words < 150
      ? finding(
          "W2",
          "warning",
          "The homepage says little",
          `Only about ${o.website.page.words} words: a reviewer should learn from it what the product is, not just see a login form.`,
          { field: "websiteUrl" },
        )
      : null,
  (_, o) =>
    o.website?.ok && !o.website.page.privacy
      ? finding(
          "W3",
          "warning",
          "No privacy policy linked from the homepage",
          "AWS asks that a privacy policy be on the site and linked from each email.",
          { field: "websiteUrl" },
        )
      : null,
  (_, o) =>
    o.website?.ok && !o.website.page.terms
      ? finding(
          "W4",
          "tip",
          "No terms of use linked from the homepage",
          "AWS's message-quality guidance asks for up-to-date terms of use.",
          { field: "websiteUrl" },
        )
      : null,
  (a, o) =>
    a.mailType === "MARKETING" && o.website?.ok && !o.website.page.signup
      ? finding(
          "W5",
          "warning",
          "No signup or subscribe form on the homepage",
          "For marketing mail the reviewer looks for where people opt in.",
          { field: "websiteUrl" },
        )
      : null,
];
